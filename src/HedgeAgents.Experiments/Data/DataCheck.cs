namespace HedgeAgents.Experiments.Data;

/// <summary>Checks a data folder against its catalog (README.md) and the data conventions: every CSV file, in
/// subfolders too, is catalogued and every catalogued file exists; every row is as wide as the header and names its
/// source; then the rules of observation files (<see cref="ObservationFileCheck"/>, with
/// <see cref="ShareProfileCheck"/>) or event files (<see cref="EventFileCheck"/>). Every problem is reported, none
/// stops the check.</summary>
public static class DataCheck
{
    /// <summary>Checks <paramref name="folder"/>; problems name files as <c>folder/relative/path</c>.</summary>
    public static DataCheckReport Check(string folder)
    {
        if (!Directory.Exists(folder))
            return new DataCheckReport(0, 0, [new DataProblem(folder, 0, "", "no such folder; give the data folder (default: data)")]);
        var problems = new List<DataProblem>();
        var catalogPath = Path.Combine(folder, DataConventions.CatalogFile);
        var catalog = ReadCatalog(catalogPath, problems);
        var files = Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var entry in catalog.Entries.Where(e => !files.Contains(e.File)).DistinctBy(e => e.File))
            problems.Add(new(catalogPath, entry.Line, "file", $"{entry.File} is not in {folder}; add the file or remove its rows from the catalog"));

        var rows = 0;
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file);
            var entries = catalog.For(file).ToList();
            if (entries.Count == 0)
                problems.Add(new(path, 1, "", $"not in the catalog: add a row per measure to a | file | measure | unit | coverage | gaps | table in {catalogPath}"));
            DataTable table;
            try
            {
                table = DataTable.Read(path);
            }
            catch (DataFileException e)
            {
                problems.Add(e.Problem);
                continue;
            }
            catch (IOException e)
            {
                problems.Add(new(path, 0, "", $"cannot be read: {e.Message}"));
                continue;
            }
            rows += table.Rows.Length;
            CheckFile(table, entries, catalogPath, problems);
        }
        return new DataCheckReport(files.Count, rows, [.. problems]);
    }

    private static DataCatalog ReadCatalog(string catalogPath, List<DataProblem> problems)
    {
        if (!File.Exists(catalogPath))
        {
            problems.Add(new(catalogPath, 0, "", "no catalog: the data folder needs a README.md with | file | measure | unit | coverage | gaps | tables"));
            return DataCatalog.Parse("", catalogPath);
        }
        var catalog = DataCatalog.Read(catalogPath);
        problems.AddRange(catalog.Problems);
        return catalog;
    }

    private static void CheckFile(DataTable table, IReadOnlyList<DataCatalogEntry> entries, string catalogPath, List<DataProblem> problems)
    {
        CheckHeader(table, problems);
        var isObservation = table.Has(DataConventions.Year);
        var isEvent = !isObservation && (table.Has(DataConventions.Start) || table.Has(DataConventions.Date));
        if (isObservation)
            foreach (var missing in DataConventions.ObservationColumns.Where(c => !table.Has(c)))
                problems.Add(new(table.Path, 1, missing, $"missing; an observation file has the columns {string.Join(", ", DataConventions.ObservationColumns)}"));
        if (!isObservation && !isEvent)
            problems.Add(new(table.Path, 1, "", $"neither an observation file (columns {string.Join(", ", DataConventions.ObservationColumns)}) " +
                $"nor an event file (a {DataConventions.Start} or {DataConventions.Date} column)"));

        var complete = new List<DataRow>();
        foreach (var row in table.Rows)
        {
            if (row.IsComplete)
            {
                complete.Add(row);
                CheckSource(row, problems);
            }
            else if (row.Fields is [""])
                problems.Add(row.Problem("", "blank line; remove it (a gap is a missing row)"));
            else
                problems.Add(row.Problem("", $"the row has {row.Fields.Length} fields, the header {table.Columns.Length} columns; quote a field that holds a comma"));
        }
        if (isObservation && DataConventions.ObservationColumns.All(table.Has))
        {
            ObservationFileCheck.Check(table, complete, entries, catalogPath, problems);
            if (table.Has(DataConventions.Partner)) ShareProfileCheck.Check(table, complete, problems);
        }
        if (isEvent) EventFileCheck.Check(table, complete, entries, catalogPath, problems);
    }

    private static void CheckHeader(DataTable table, List<DataProblem> problems)
    {
        foreach (var repeated in table.Columns.GroupBy(c => c).Where(g => g.Count() > 1))
            problems.Add(new(table.Path, 1, repeated.Key, "the header names this column more than once"));
        if (table.Columns.Any(c => c.Length == 0))
            problems.Add(new(table.Path, 1, "", "the header has an empty column name"));
        foreach (var missing in DataConventions.SourceColumns.Where(c => !table.Has(c)))
            problems.Add(new(table.Path, 1, missing, $"missing; every data file names each row's source in {string.Join(", ", DataConventions.SourceColumns)}"));
    }

    private static void CheckSource(DataRow row, List<DataProblem> problems)
    {
        foreach (var column in DataConventions.SourceColumns.Where(row.Table.Has))
            if (row[column].Trim().Length == 0)
                problems.Add(row.Problem(column, "empty; every row names its source (publisher, title, source_year)"));
        if (row.Table.Has(DataConventions.SourceYear) && row[DataConventions.SourceYear] is { Length: > 0 } year && !DataFields.IsYear(year))
            problems.Add(row.Problem(DataConventions.SourceYear, $"'{year}' is not a 4-digit year"));
        if (row.Table.Has(DataConventions.Url) && row[DataConventions.Url] is { Length: > 0 } url
            && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            problems.Add(row.Problem(DataConventions.Url, $"'{url}' is not an http(s) URL; leave it empty only if the source is not public"));
    }
}
