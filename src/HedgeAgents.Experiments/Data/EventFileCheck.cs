using static HedgeAgents.Experiments.Data.DataConventions;

namespace HedgeAgents.Experiments.Data;

/// <summary>The rules of event files (a start or date column): dates written YYYY-MM-DD, an end not before its start,
/// days a number, a known cause class, each event starting in the catalog's coverage, and a catalog entry
/// <c>event</c> / <c>count</c> without gaps (a year without events is not a gap).</summary>
internal static class EventFileCheck
{
    public static void Check(DataTable table, IReadOnlyList<DataRow> rows, IReadOnlyList<DataCatalogEntry> entries, string catalogPath,
        List<DataProblem> problems)
    {
        foreach (var entry in entries)
        {
            if (!entry.IsEvent || entry.Unit != EventUnit)
                problems.Add(new(catalogPath, entry.Line, entry.IsEvent ? "unit" : "measure",
                    $"{table.Path} is an event file: catalog it with measure '{EventMeasure}' and unit '{EventUnit}'"));
            if (entry.IsEvent && !entry.Gaps.IsEmpty)
                problems.Add(new(catalogPath, entry.Line, "gaps", "an event file has no gaps (a year without events is not one); write —"));
        }
        var coverage = entries.FirstOrDefault(e => e.IsEvent);
        var dateColumn = table.Has(Start) ? Start : Date;
        foreach (var row in rows)
        {
            var hasStart = DataFields.TryDate(row[dateColumn], out var start);
            if (!hasStart)
                problems.Add(row.Problem(dateColumn, $"'{row[dateColumn]}' is not a date YYYY-MM-DD (if only the month is known, the 1st, said in note)"));
            else if (coverage is not null && !coverage.Covers(start.Year))
                problems.Add(row.Problem(dateColumn, $"{start.Year} is outside the coverage {coverage.Coverage} ({catalogPath}:{coverage.Line}); widen the coverage"));
            if (table.Has(End) && row[End] is { Length: > 0 } endText)
            {
                if (!DataFields.TryDate(endText, out var end))
                    problems.Add(row.Problem(End, $"'{endText}' is not a date YYYY-MM-DD; leave it empty if unknown"));
                else if (hasStart && end < start)
                    problems.Add(row.Problem(End, $"{endText} is before the start {row[dateColumn]}"));
            }
            if (table.Has(Days) && row[Days] is { Length: > 0 } days && !(DataRow.TryNumber(days, out var d) && d >= 0))
                problems.Add(row.Problem(Days, $"'{days}' is not a number of days (≥ 0); leave it empty if unknown"));
            if (table.Has(CauseClass) && !CauseClasses.Contains(row[CauseClass]))
                problems.Add(row.Problem(CauseClass, $"'{row[CauseClass]}' is not one of {string.Join(", ", CauseClasses)}"));
        }
    }
}
