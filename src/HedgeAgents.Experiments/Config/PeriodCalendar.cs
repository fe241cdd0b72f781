using System.Globalization;
using System.Text.RegularExpressions;

namespace HedgeAgents.Experiments.Config;

/// <summary>Turns round numbers into calendar labels (<c>2022Q1</c>) and back, for reports and event times.</summary>
/// <remarks>Every period is counted as a whole number of months (or rounds) from the start, so labels are exact
/// integer arithmetic: no dates, no time zones.</remarks>
public static partial class PeriodCalendar
{
    [GeneratedRegex(@"^(\d{4})[Qq]([1-4])$", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(\d{4})-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^-?\d{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoundPattern();

    /// <summary>The start used when an experiment gives none: 2015Q1, 2015, 2015-01 or round 0.</summary>
    public static string DefaultStart(PeriodKind period) => period switch
    {
        PeriodKind.Quarter => "2015Q1",
        PeriodKind.Year => "2015",
        PeriodKind.Month => "2015-01",
        _ => "0",
    };

    /// <summary>How a label of this period is written, for error messages.</summary>
    public static string FormatHint(PeriodKind period) => period switch
    {
        PeriodKind.Quarter => "a quarter like 2015Q1",
        PeriodKind.Year => "a four-digit year like 2015",
        PeriodKind.Month => "a month like 2015-01",
        _ => "an integer like 0",
    };

    /// <summary>Whether <paramref name="label"/> is written the way this period writes labels.</summary>
    public static bool IsValidLabel(PeriodKind period, string label) => TryIndex(period, label, out _);

    /// <summary>The label of <paramref name="round"/> (0-based) when round 0 is <paramref name="start"/>.</summary>
    /// <exception cref="FormatException">The start is not a label of this period.</exception>
    public static string Label(PeriodKind period, string start, int round)
    {
        if (!TryIndex(period, start, out var origin))
            throw new FormatException($"start '{start}' is not {FormatHint(period)}");
        var index = origin + round;
        return period switch
        {
            PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{index / 4}Q{index % 4 + 1}"),
            PeriodKind.Year => index.ToString(CultureInfo.InvariantCulture),
            PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{index / 12}-{index % 12 + 1:00}"),
            _ => index.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The round whose label is <paramref name="label"/>; false if either text is not a label of this period.</summary>
    /// <remarks>The round may be negative (a label before the start): range checks belong to the caller.</remarks>
    public static bool TryParseRound(PeriodKind period, string start, string label, out int round)
    {
        round = 0;
        if (!TryIndex(period, start, out var origin) || !TryIndex(period, label, out var index)) return false;
        round = (int)(index - origin);
        return true;
    }

    // Labels map to a count of periods since year 0 (or the round itself), so differences are rounds.
    private static bool TryIndex(PeriodKind period, string text, out long index)
    {
        index = 0;
        var t = text.Trim();
        Match m;
        switch (period)
        {
            case PeriodKind.Quarter when (m = QuarterPattern().Match(t)).Success:
                index = Int(m.Groups[1]) * 4L + Int(m.Groups[2]) - 1;
                return true;
            case PeriodKind.Year when (m = YearPattern().Match(t)).Success:
                index = Int(m.Groups[1]);
                return true;
            case PeriodKind.Month when (m = MonthPattern().Match(t)).Success:
                index = Int(m.Groups[1]) * 12L + Int(m.Groups[2]) - 1;
                return true;
            case PeriodKind.Round when RoundPattern().IsMatch(t):
                index = long.Parse(t, CultureInfo.InvariantCulture);
                return true;
            default:
                return false;
        }
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);
}
