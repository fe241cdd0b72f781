using System.Globalization;
using System.Text;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Calibration;

/// <summary>data/estimates/hazards.csv: the estimates as an observation file (data/ conventions, basis <c>derived</c>),
/// so an experiment reads a hazard like any other data series: one <c>hazard</c> row per estimate and year of its
/// window (value = the probability of at least one event per round, with its 95% interval) and, where lengths are
/// known, one <c>severity</c> row (the mean share of a round an event takes, at most 1).</summary>
public static class HazardsCsv
{
    /// <summary>The columns in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["year", "estimate", "measure", "basis", "value", "unit", "lower95", "upper95", "events", "rounds",
         "publisher", "title", "source_year", "url", "note"];

    /// <summary>The <c>measure</c> of the per-round probability rows.</summary>
    public const string HazardMeasure = "hazard";

    /// <summary>The <c>measure</c> of the mean-share-of-a-round rows.</summary>
    public const string SeverityMeasure = "severity";

    /// <summary>The publisher of every row, as the conventions name derived rows'.</summary>
    public const string Publisher = "HedgeAgents (derived)";

    /// <summary>The file's text: header, then entry by entry, window by window, year by year a hazard row and, when
    /// lengths are known, a severity row. Numbers as <see cref="CalibrationNumber"/> writes them; LF line ends.</summary>
    public static string Write(IReadOnlyList<WindowEstimate> estimates)
    {
        var sb = new StringBuilder();
        Csv.Row(sb, [.. Columns]);
        foreach (var e in estimates)
        {
            var rate = e.Rate;
            var per = e.Estimate.Per;
            var title = $"estimate {e.Estimate.Id} from {e.Estimate.Events}, {e.Window}";
            var hazardNote = $"{Counted(e)} over {rate.Rounds} {per.Name}s; rate {N(rate.Rate)} {per.Unit} " +
                             $"(exact Poisson 95% {N(rate.Lower)}–{N(rate.Upper)}); value = 1 − exp(−rate)";
            var severityNote = e.MeanDays is { } days
                ? $"mean length {N(days)} days over {Known(e)} / {N(per.Days)} days per {per.Name}, at most 1; no interval"
                : "";
            foreach (var year in e.Window.EachYear())
            {
                Row(sb, year, e, HazardMeasure, rate.Probability, per.Unit, N(rate.ProbabilityLower), N(rate.ProbabilityUpper),
                    rate.Events, title, hazardNote);
                if (e.Severity is { } severity)
                    Row(sb, year, e, SeverityMeasure, severity, "share", "", "", e.KnownLengths, title, severityNote);
            }
        }
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, int year, WindowEstimate e, string measure, double value, string unit, string lower,
        string upper, long events, string title, string note) =>
        Csv.Row(sb, I(year), Csv.Text(e.Estimate.Id), measure, "derived", N(value), Csv.Text(unit), lower, upper, I(events), I(e.Rate.Rounds),
            Csv.Text(Publisher), Csv.Text(title), I(e.SourceYear), "", Csv.Text(note));

    // "3 events (cause_class ∈ {weather, technical})" or "41 counted (count summed over 5 rows)".
    private static string Counted(WindowEstimate e)
    {
        var what = e.Estimate.CountsRows ? $"{e.Rate.Events} event{(e.Rate.Events == 1 ? "" : "s")}"
            : e.Estimate.CountsEpisodes ? $"{e.Rate.Events} episode{(e.Rate.Events == 1 ? "" : "s")} ({e.Rows} row{(e.Rows == 1 ? "" : "s")}, overlapping ones merged)"
            : $"{e.Rate.Events} counted ({e.Estimate.Count} summed over {e.Rows} row{(e.Rows == 1 ? "" : "s")})";
        return e.Estimate.Where.IsEmpty ? what : $"{what} where {string.Join(" and ", e.Estimate.Where)}";
    }

    private static string Known(WindowEstimate e) =>
        $"{e.KnownLengths} event{(e.KnownLengths == 1 ? "" : "s")} with a known length" +
        (e.UnknownLengths > 0 ? $" ({e.UnknownLengths} unknown)" : "");

    private static string N(double value) => CalibrationNumber.Format(value);

    private static string I(long value) => value.ToString(CultureInfo.InvariantCulture);
}
