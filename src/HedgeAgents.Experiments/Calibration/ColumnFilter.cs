using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Calibration;

/// <summary>One condition of an entry's <c>where:</c>: a row is kept when its <see cref="Column"/> holds one of
/// <see cref="Values"/> (compared exactly).</summary>
public sealed record ColumnFilter(string Column, ValueArray<string> Values)
{
    /// <summary>Whether a cell passes.</summary>
    public bool Admits(string cell) => Values.Contains(cell);

    /// <summary><c>cause_class ∈ {weather, technical}</c>.</summary>
    public override string ToString() => $"{Column} ∈ {{{string.Join(", ", Values)}}}";
}
