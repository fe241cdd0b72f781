using System.Collections.Immutable;

namespace HedgeAgents.Experiments.Calibration;

/// <summary>A round's calendar length, as a calibration entry's <c>per:</c> names it: how many fit in a year and how
/// many days one holds (Julian year of 365.25 days, so leap years average out).</summary>
/// <param name="Name">The word in the spec: <c>quarter</c>, <c>year</c> or <c>month</c>.</param>
/// <param name="PerYear">Rounds per calendar year.</param>
public sealed record RoundLength(string Name, int PerYear)
{
    /// <summary>Days in an average calendar year.</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>A quarter: 4 a year, 91.3125 days.</summary>
    public static readonly RoundLength Quarter = new("quarter", 4);

    /// <summary>A year: 365.25 days.</summary>
    public static readonly RoundLength Year = new("year", 1);

    /// <summary>A month: 12 a year, 30.4375 days.</summary>
    public static readonly RoundLength Month = new("month", 12);

    /// <summary>Every round length, in the order help and errors list them.</summary>
    public static readonly ImmutableArray<RoundLength> All = [Quarter, Year, Month];

    /// <summary>Average days in one round.</summary>
    public double Days => DaysPerYear / PerYear;

    /// <summary>The unit of a per-round figure, e.g. <c>per quarter</c>.</summary>
    public string Unit => "per " + Name;

    /// <summary>The round length a spec word names, or null.</summary>
    public static RoundLength? Find(string name) => All.FirstOrDefault(r => r.Name == name);
}
