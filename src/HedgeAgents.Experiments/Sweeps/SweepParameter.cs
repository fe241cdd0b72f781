using System.Collections.Immutable;
using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Sweeps;

/// <summary>One swept parameter of an experiment's <c>sweep:</c> section: a list of values (a grid axis, or the
/// levels a sampled design picks from) or a range <c>{min, max}</c> with <c>steps</c> (grid) and <c>log</c>. A list
/// with a word in it is a text axis (<see cref="Labels"/>), which only a grid sweeps.</summary>
/// <param name="Path">The parameter path, e.g. <c>shocks.sanctions.hazard</c>.</param>
/// <param name="Values">The listed values; empty for a range.</param>
/// <param name="Min">Lower end of a range.</param>
/// <param name="Max">Upper end of a range.</param>
/// <param name="Steps">Evenly spaced values of a grid range, both ends included; 0 when not given.</param>
/// <param name="Log">Whether the range is spaced (grid) or sampled (other designs) on a log scale.</param>
public sealed record SweepParameter(string Path, ValueArray<double> Values, double Min, double Max, int Steps, bool Log)
{
    /// <summary>A text axis: the listed values set as <c>--set</c> would set them (actions, rule names, …), in order;
    /// its <see cref="Values"/> are their indices 0…k−1, which is what a design numbers.</summary>
    public static SweepParameter Text(string path, IEnumerable<string> labels)
    {
        ImmutableArray<string> listed = [.. labels];
        return new(path, [.. Enumerable.Range(0, listed.Length).Select(i => (double)i)], 0, 0, 0, false) { Labels = listed };
    }

    /// <summary>The text values of a text axis, in the order listed; empty for a numeric parameter.</summary>
    public ValueArray<string> Labels { get; init; } = [];

    /// <summary>Whether this is a text axis, whose values index <see cref="Labels"/>.</summary>
    public bool IsText => !Labels.IsEmpty;

    /// <summary>Whether this is a list of values rather than a range.</summary>
    public bool IsList => !Values.IsEmpty;

    /// <summary>The text written for value <paramref name="value"/> of this parameter in runs.csv and points.csv: the
    /// label of a text axis (unquoted; the CSV writer quotes), else the number as <c>Csv.Number</c> writes it.</summary>
    public string Field(double value) => IsText ? Labels[(int)value] : HedgeAgents.Experiments.Output.Csv.Number(value);

    /// <summary>The smallest and largest value the parameter can take in the sweep.</summary>
    public (double Low, double High) Extent => IsList ? (Values.Min(), Values.Max()) : (Min, Max);
}
