using System.Collections.Immutable;

namespace HedgeAgents.Experiments.Sweeps;

/// <summary>One swept parameter of an experiment's <c>sweep:</c> section: a list of values (a grid axis, or the
/// levels a sampled design picks from) or a range <c>{min, max}</c> with <c>steps</c> (grid) and <c>log</c>.</summary>
/// <param name="Path">The parameter path, e.g. <c>shocks.sanctions.hazard</c>.</param>
/// <param name="Values">The listed values; empty for a range.</param>
/// <param name="Min">Lower end of a range.</param>
/// <param name="Max">Upper end of a range.</param>
/// <param name="Steps">Evenly spaced values of a grid range, both ends included; 0 when not given.</param>
/// <param name="Log">Whether the range is spaced (grid) or sampled (other designs) on a log scale.</param>
public sealed record SweepParameter(string Path, ImmutableArray<double> Values, double Min, double Max, int Steps, bool Log)
{
    /// <summary>Whether this is a list of values rather than a range.</summary>
    public bool IsList => !Values.IsDefaultOrEmpty;

    /// <summary>The smallest and largest value the parameter can take in the sweep.</summary>
    public (double Low, double High) Extent => IsList ? (Values.Min(), Values.Max()) : (Min, Max);

    /// <inheritdoc />
    public bool Equals(SweepParameter? other) =>
        other is not null && Path == other.Path && Values.AsSpan().SequenceEqual(other.Values.AsSpan())
        && Min.Equals(other.Min) && Max.Equals(other.Max) && Steps == other.Steps && Log == other.Log;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Values.Length, Min, Max, Steps, Log);
}
