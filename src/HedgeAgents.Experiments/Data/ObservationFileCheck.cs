using static HedgeAgents.Experiments.Data.DataConventions;

namespace HedgeAgents.Experiments.Data;

/// <summary>The rules of observation files (columns year, measure, value, unit): numbers, units and measures as the
/// catalog gives them, known bases, one row per observation and source family, and rows for exactly the years the
/// catalog promises (coverage minus gaps), per measure.</summary>
internal static class ObservationFileCheck
{
    public static void Check(DataTable table, IReadOnlyList<DataRow> rows, IReadOnlyList<DataCatalogEntry> entries, string catalogPath,
        List<DataProblem> problems)
    {
        foreach (var entry in entries.Where(e => e.IsEvent))
            problems.Add(new(catalogPath, entry.Line, "measure", $"{table.Path} is an observation file (it has a {Year} column); '{EventMeasure}' is the measure of event files"));
        var measures = entries.Where(e => !e.IsEvent).ToDictionary(e => e.Measure);
        var years = measures.Keys.ToDictionary(m => m, _ => new SortedDictionary<int, int>());
        var keys = table.Columns.Where(c => !ObservationNonKeyColumns.Contains(c)).ToList();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var row in rows)
        {
            var hasYear = DataFields.TryYear(row[Year], out var year);
            if (!hasYear) problems.Add(row.Problem(Year, $"'{row[Year]}' is not a 4-digit year"));
            var measure = row[Measure];
            if (measures.TryGetValue(measure, out var entry))
            {
                if (row[Unit] != entry.Unit)
                    problems.Add(row.Problem(Unit, $"'{row[Unit]}', but the catalog ({catalogPath}:{entry.Line}) gives {measure} in '{entry.Unit}'; one unit per measure"));
                if (hasYear) years[measure].TryAdd(year, row.Line);
            }
            // A file the catalog does not list at all is reported once, not on every row.
            else if (entries.Count > 0)
                problems.Add(row.Problem(Measure, $"'{measure}' is not in the catalog for this file; " +
                    $"it lists {(measures.Count == 0 ? "none" : string.Join(", ", measures.Keys))}"));
            if (!DataRow.TryNumber(row[Value], out var value))
                problems.Add(row.Problem(Value, DataRow.NotANumber(row[Value])));
            else if (row[Unit] == ShareUnit && value is < 0 or > 1)
                problems.Add(row.Problem(Value, $"{row[Value]} is not a fraction in [0, 1]; shares are never percent"));
            if (table.Has(Basis) && !Bases.Contains(row[Basis]))
                problems.Add(row.Problem(Basis, $"'{row[Basis]}' is not one of {string.Join(", ", Bases)}"));
            var key = string.Join('\u001f', [row[Year], .. keys.Select(k => row[k]), measure, table.Has(Basis) ? row[Basis] : ""]);
            if (!seen.TryAdd(key, row.Line))
                problems.Add(row.Problem("", $"the same year, {(keys.Count > 0 ? string.Join(", ", keys) + ", " : "")}measure and basis as line {seen[key]}; " +
                    "keep one row, or tell the sources apart by basis"));
        }

        foreach (var entry in measures.Values)
            CheckYears(table, entry, years[entry.Measure], catalogPath, problems);
    }

    // The catalog promises a row for each year of the coverage that is not a gap, and none for any other year.
    private static void CheckYears(DataTable table, DataCatalogEntry entry, SortedDictionary<int, int> present, string catalogPath, List<DataProblem> problems)
    {
        var expected = entry.ExpectedYears.ToList();
        var missing = expected.Where(y => !present.ContainsKey(y)).ToList();
        if (missing.Count > 0)
            problems.Add(new(catalogPath, entry.Line, "gaps", $"{table.Path} has no {entry.Measure} row for {string.Join(", ", missing)}; " +
                "add the rows or list the years as gaps"));
        foreach (var (year, line) in present.Where(p => !expected.Contains(p.Key)))
            problems.Add(new(table.Path, line, Year, entry.Covers(year)
                ? $"{year} is listed as a gap of {entry.Measure} ({catalogPath}:{entry.Line}) but has rows; remove it from the gaps"
                : $"{year} is outside the coverage {entry.Coverage} of {entry.Measure} ({catalogPath}:{entry.Line}); widen the coverage"));
    }
}
