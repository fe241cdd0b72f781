using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Data;

/// <summary>One row of the catalog: a measure of a data file, its unit, the years searched
/// (<paramref name="FirstYear"/>–<paramref name="LastYear"/>) and the years of that span without a figure.
/// <paramref name="File"/> is relative to the data folder with '/' separators; <paramref name="Line"/> is the row's
/// line in the catalog file.</summary>
public sealed record DataCatalogEntry(string File, string Measure, string Unit, int FirstYear, int LastYear, ValueArray<int> Gaps, int Line)
{
    /// <summary>Whether the entry is an event file's (measure <c>event</c>).</summary>
    public bool IsEvent => Measure == DataConventions.EventMeasure;

    /// <summary>Whether <paramref name="year"/> is in the coverage.</summary>
    public bool Covers(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>The years that must have rows: the coverage minus the gaps, ascending.</summary>
    public IEnumerable<int> ExpectedYears => Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Except(Gaps);

    /// <summary>The coverage as the catalog writes it, e.g. 2015–2024.</summary>
    public string Coverage => $"{FirstYear}–{LastYear}";
}
