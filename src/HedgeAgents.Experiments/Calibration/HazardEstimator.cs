using System.Globalization;
using HedgeAgents.Core.Collections;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Calibration;

/// <summary>Counts each entry's events per window and turns them into <see cref="WindowEstimate"/>s; a cell that
/// cannot be read (a date, a length, a count, a source year) is a located error in the event file.</summary>
public static class HazardEstimator
{
    /// <summary>The column holding an event's length in days.</summary>
    public const string DaysColumn = "days";

    /// <summary>The column holding an event's cause class.</summary>
    public const string CauseClassColumn = "cause_class";

    /// <summary>The estimates, entry by entry in spec order and window by window.</summary>
    /// <exception cref="ConfigException">A cell the estimates need cannot be read; every such cell is listed.</exception>
    public static IReadOnlyList<WindowEstimate> Estimate(CalibrationSpec spec, IReadOnlyDictionary<string, EventTable> tables)
    {
        var errors = new List<ConfigError>();
        var estimates = new List<WindowEstimate>();
        foreach (var estimate in spec.Estimates)
        {
            var table = tables[estimate.Events];
            var rows = ReadRows(table, estimate, errors);
            if (rows is null) continue;
            var fileSourceYear = rows.Count > 0 ? rows.Max(r => r.SourceYear) : (int?)null;
            var events = estimate.CountsEpisodes ? Episodes(rows.Where(r => r.Kept)) : rows.Where(r => r.Kept).ToList();
            foreach (var window in estimate.Windows)
            {
                var counted = events.Where(r => window.Contains(r.Date.Year)).ToList();
                if (counted.Count == 0 && fileSourceYear is null)
                {
                    errors.Add(new ConfigError(table.File, 1, 1, "rows",
                        $"the file has no rows, so no source stands behind estimate '{estimate.Id}'; a record without events still lists its sources"));
                    continue;
                }
                var lengths = counted.Where(r => r.Days is not null).Select(r => r.Days!.Value).ToList();
                var causes = table.Has(CauseClassColumn)
                    ? counted.SelectMany(r => r.Classes).GroupBy(c => c).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToValueArray()
                    : [];
                estimates.Add(new WindowEstimate(estimate, window,
                    RateEstimate.Of(counted.Sum(r => r.Count), (long)window.Years * estimate.Per.PerYear), counted.Sum(r => r.Rows),
                    table.Has(DaysColumn), lengths.Count, table.Has(DaysColumn) ? counted.Count - lengths.Count : 0, lengths.Count > 0 ? lengths.Average() : null, causes,
                    counted.Count > 0 ? counted.Max(r => r.SourceYear) : fileSourceYear!.Value));
            }
        }
        if (errors.Count > 0) throw new ConfigException([.. errors.Distinct().OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)]);
        return estimates;
    }

    // Every row of the file read for this entry (null when a cell is bad): its year, whether the entry keeps it, what it counts.
    private static List<EventRow>? ReadRows(EventTable table, EstimateSpec estimate, List<ConfigError> errors)
    {
        var before = errors.Count;
        var dateColumn = CalibrationLoader.DateColumns.First(table.Has);
        var rows = new List<EventRow>();
        foreach (var row in table.Rows)
        {
            var cell = (string column) => table.Cell(row, column).Trim();
            DateOnly? start = DateOnly.TryParseExact(cell(dateColumn), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : null;
            if (start is null) errors.Add(table.Error(row, dateColumn, $"'{cell(dateColumn)}' is not a date; write YYYY-MM-DD"));
            int? sourceYear = cell(CalibrationLoader.SourceYearColumn) is { Length: 4 } s
                && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
            if (sourceYear is null)
                errors.Add(table.Error(row, CalibrationLoader.SourceYearColumn, $"'{cell(CalibrationLoader.SourceYearColumn)}' is not a 4-digit year"));
            double? days = null;
            if (table.Has(DaysColumn) && cell(DaysColumn) is { Length: > 0 } d)
            {
                if (double.TryParse(d, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0) days = value;
                else errors.Add(table.Error(row, DaysColumn, $"'{d}' is not a length in days (a number ≥ 0, empty when unknown)"));
            }
            var count = 1L;
            if (estimate.SumsColumn)
            {
                if (long.TryParse(cell(estimate.Count), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) count = n;
                else errors.Add(table.Error(row, estimate.Count, $"'{cell(estimate.Count)}' is not a count (a whole number ≥ 0), which estimate '{estimate.Id}' sums"));
            }
            var causeClass = table.Has(CauseClassColumn) ? cell(CauseClassColumn) : "";
            rows.Add(new EventRow(start ?? default, estimate.Admits(c => table.Cell(row, c).Trim()), count, days, [causeClass], sourceYear ?? 0, 1));
        }
        return errors.Count > before ? null : rows;
    }

    // Kept rows merged where their spans overlap or touch: a row spans [start, start + days] (its start day alone when
    // its length is unknown). An episode starts at its first row, lasts to the latest known end (its length is unknown
    // only when no row's is known), and keeps every row's cause class and the latest source year.
    private static List<EventRow> Episodes(IEnumerable<EventRow> kept)
    {
        var episodes = new List<EventRow>();
        foreach (var row in kept.OrderBy(r => r.Date))
        {
            if (episodes.Count > 0 && episodes[^1] is var last && row.Date.DayNumber <= last.End)
                episodes[^1] = last with
                {
                    Days = last.Days is null && row.Days is null ? null : Math.Max(last.End, row.End) - last.Date.DayNumber,
                    Classes = last.Classes.AddRange(row.Classes),
                    SourceYear = Math.Max(last.SourceYear, row.SourceYear),
                    Rows = last.Rows + 1,
                };
            else episodes.Add(row with { Count = 1 });
        }
        return episodes;
    }

    // One row of the file, or an episode of several: when it starts, whether the entry keeps it, what it counts, its
    // length in days if known, the cause classes of its rows, the latest source year and how many rows it stands for.
    private sealed record EventRow(DateOnly Date, bool Kept, long Count, double? Days, ValueArray<string> Classes, int SourceYear, int Rows)
    {
        // The last day it covers, as a day number (its start when its length is unknown).
        public double End => Date.DayNumber + (Days ?? 0);
    }
}
