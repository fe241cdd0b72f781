using System.Collections.Immutable;
using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Sweeps;

/// <summary>One swept parameter: either a list of values, or a range <c>[Min, Max]</c> that a grid spaces in
/// <see cref="Steps"/> values and a sampled design draws from, linearly or on a log scale.</summary>
/// <remarks>
/// Unit-cube mapping (sampled designs, and a grid range's value i at u = i/(Steps−1)):
/// linear u → Min + u(Max − Min); log u → exp(ln Min + u(ln Max − ln Min)); u ≤ 0 gives Min and u ≥ 1 gives Max
/// exactly, so a grid's ends are the values typed. A list maps u to <c>Values[min(⌊u·k⌋, k−1)]</c>, k values.
/// A text axis (<see cref="Text"/>) is a list whose values are the indices 0…k−1 of its <see cref="Labels"/>: the
/// design numbers its points as for any list, and the caller sets the label at the index. Only a grid takes one:
/// a sampled design draws numbers from an order, which words do not have.
/// </remarks>
/// <param name="Path">The parameter path, e.g. <c>shocks.sanctions.hazard</c>.</param>
/// <param name="Values">The listed values; empty for a range.</param>
/// <param name="Min">Lower end of a range (ignored for a list).</param>
/// <param name="Max">Upper end of a range (ignored for a list).</param>
/// <param name="Steps">Grid values of a range, both ends included, at least 2; 0 when not given (sampled designs).</param>
/// <param name="Log">Whether a range is spaced (grid) or drawn (sampled designs) uniformly in ln value; needs Min > 0.</param>
public sealed record SweepAxis(string Path, ValueArray<double> Values, double Min, double Max, int Steps, bool Log)
{
    /// <summary>An axis of listed values, in the order given.</summary>
    /// <exception cref="ArgumentException">No value is given: a list axis needs at least one.</exception>
    public static SweepAxis List(string path, IEnumerable<double> values)
    {
        ImmutableArray<double> listed = [.. values];
        if (listed.IsEmpty) throw new ArgumentException($"the list axis '{path}' needs at least one value", nameof(values));
        return new(path, listed, 0, 0, 0, false);
    }

    /// <summary>An axis of text values (categories, e.g. actions or rule names), in the order given: its values are
    /// the indices 0…k−1 of <paramref name="labels"/>.</summary>
    /// <exception cref="ArgumentException">No label is given: a text axis needs at least one.</exception>
    public static SweepAxis Text(string path, IEnumerable<string> labels)
    {
        ImmutableArray<string> listed = [.. labels];
        if (listed.IsEmpty) throw new ArgumentException($"the text axis '{path}' needs at least one value", nameof(labels));
        return new(path, [.. Enumerable.Range(0, listed.Length).Select(i => (double)i)], 0, 0, 0, false) { Labels = listed };
    }

    /// <summary>The text values of a text axis, in order (value i of the axis is label i); empty for a numeric axis.</summary>
    public ValueArray<string> Labels { get; init; } = [];

    /// <summary>Whether this is a text axis (<see cref="Text"/>): its values index <see cref="Labels"/>.</summary>
    public bool IsText => !Labels.IsEmpty;

    /// <summary>A range axis; <paramref name="steps"/> applies to grids only.</summary>
    public static SweepAxis Range(string path, double min, double max, int steps = 0, bool log = false) =>
        new(path, ImmutableArray<double>.Empty, min, max, steps, log);

    /// <summary>Whether this is a list of values rather than a range.</summary>
    public bool IsList => !Values.IsEmpty;

    /// <summary>Number of values a grid takes on this axis: the list's length, or <see cref="Steps"/>.</summary>
    public int GridLength => IsList ? Values.Length : Steps;

    /// <summary>The grid's value <paramref name="index"/> (0 to <see cref="GridLength"/> − 1) on this axis.</summary>
    public double GridValue(int index)
    {
        if ((uint)index >= (uint)GridLength) throw new ArgumentOutOfRangeException(nameof(index));
        if (IsList) return Values[index];
        return index == Steps - 1 ? Max : FromUnit((double)index / (Steps - 1));
    }

    /// <summary>The parameter value at unit coordinate <paramref name="u"/> ∈ [0, 1] (see the remarks for the mapping).</summary>
    public double FromUnit(double u)
    {
        if (IsList)
        {
            var k = Values.Length;
            var index = u <= 0 ? 0 : (int)Math.Min(Math.Floor(u * k), k - 1);
            return Values[index];
        }
        if (u <= 0) return Min;
        if (u >= 1) return Max;
        // Clamped because exp and the sum may round one ulp past an end; a value outside the range could fail validation.
        var value = Log ? Math.Exp(Math.Log(Min) + u * (Math.Log(Max) - Math.Log(Min))) : Min + u * (Max - Min);
        return Math.Clamp(value, Min, Max);
    }
}
