using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HedgeAgents.Experiments.Data;

/// <summary>The machine-readable part of data/README.md: every markdown table whose header is exactly
/// <c>| file | measure | unit | coverage | gaps |</c>, wherever it stands, read into entries. Rows that cannot be read
/// are reported as <see cref="Problems"/> (all at once) and left out of <see cref="Entries"/>.</summary>
public sealed partial class DataCatalog
{
    private DataCatalog(string path, ImmutableArray<DataCatalogEntry> entries, ImmutableArray<DataProblem> problems)
    {
        Path = path;
        Entries = entries;
        Problems = problems;
    }

    /// <summary>The catalog file, as given.</summary>
    public string Path { get; }

    /// <summary>The entries in the order they appear.</summary>
    public ImmutableArray<DataCatalogEntry> Entries { get; }

    /// <summary>The rows that could not be read, and repeated (file, measure) pairs.</summary>
    public ImmutableArray<DataProblem> Problems { get; }

    /// <summary>Reads a catalog file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DataCatalog Read(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Reads catalog text; <paramref name="path"/> only names it in problems.</summary>
    public static DataCatalog Parse(string markdown, string path)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var entries = new List<DataCatalogEntry>();
        var problems = new List<DataProblem>();
        var seen = new Dictionary<(string File, string Measure), int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsTableRow(lines[i]) || !Cells(lines[i]).SequenceEqual(DataConventions.CatalogColumns)) continue;
            if (i + 1 >= lines.Length || !IsSeparator(lines[i + 1]))
            {
                problems.Add(new(path, i + 1, "", "a catalog header must be followed by a separator line |---|---|---|---|---|"));
                continue;
            }
            for (i += 2; i < lines.Length && IsTableRow(lines[i]); i++)
            {
                var entry = Entry(Cells(lines[i]), path, i + 1, problems);
                if (entry is null) continue;
                if (seen.TryGetValue((entry.File, entry.Measure), out var first))
                    problems.Add(new(path, entry.Line, "measure", $"{entry.File} {entry.Measure} is already listed on line {first}; one row per (file, measure)"));
                else
                {
                    seen.Add((entry.File, entry.Measure), entry.Line);
                    entries.Add(entry);
                }
            }
            i--; // the line that ended the table may start the next one
        }
        return new DataCatalog(path, [.. entries], [.. problems]);
    }

    /// <summary>The entries of a file (relative to the data folder, '/' separators).</summary>
    public IEnumerable<DataCatalogEntry> For(string file) => Entries.Where(e => e.File == file);

    /// <summary>The entry of a file's measure, or null.</summary>
    public DataCatalogEntry? Find(string file, string measure) => Entries.FirstOrDefault(e => e.File == file && e.Measure == measure);

    private static DataCatalogEntry? Entry(IReadOnlyList<string> cells, string path, int line, List<DataProblem> problems)
    {
        var before = problems.Count;
        void Bad(string column, string message) => problems.Add(new(path, line, column, message));
        if (cells.Count != DataConventions.CatalogColumns.Length)
        {
            Bad("", $"the row has {cells.Count} cells; a catalog row has {DataConventions.CatalogColumns.Length}: {string.Join(" | ", DataConventions.CatalogColumns)}");
            return null;
        }
        var file = Unquote(cells[0]);
        var measure = Unquote(cells[1]);
        var unit = Unquote(cells[2]);
        if (!file.EndsWith(".csv", StringComparison.Ordinal) || file.Contains('\\'))
            Bad("file", $"'{file}' is not a CSV file name relative to the data folder (e.g. trade-by-partner.csv or estimates/x.csv)");
        if (measure.Length == 0) Bad("measure", "empty; write the measure's snake_case name, or event for an event file");
        if (unit.Length == 0) Bad("unit", "empty; write the unit the file's rows give (count for an event file)");
        var coverage = CoverageSpan().Match(cells[3]);
        var first = coverage.Success ? Year(coverage.Groups[1].Value) : 0;
        var last = coverage.Success && coverage.Groups[2].Success ? Year(coverage.Groups[2].Value) : first;
        if (!coverage.Success || first > last)
            Bad("coverage", $"'{cells[3]}' is not a span of years first–last (e.g. 2015–2024)");
        var gaps = Gaps(cells[4], first, last, coverage.Success, Bad);
        return problems.Count > before ? null
            : new DataCatalogEntry(file, measure, unit, first, last, [.. gaps], line);
    }

    private static List<int> Gaps(string text, int first, int last, bool checkSpan, Action<string, string> bad)
    {
        var gaps = new List<int>();
        if (text is "none" or "—") return gaps;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var span = CoverageSpan().Match(part);
            if (!span.Success)
            {
                bad("gaps", $"'{part}' is not a year; write none, —, or years separated by commas (e.g. 2016, 2019)");
                continue;
            }
            var from = Year(span.Groups[1].Value);
            var to = span.Groups[2].Success ? Year(span.Groups[2].Value) : from;
            for (var year = from; year <= to; year++)
            {
                if (checkSpan && (year < first || year > last)) bad("gaps", $"{year} is outside the coverage {first}–{last}");
                else if (gaps.Contains(year)) bad("gaps", $"{year} is listed twice");
                else gaps.Add(year);
            }
        }
        gaps.Sort();
        return gaps;
    }

    private static int Year(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static bool IsTableRow(string line) => line.TrimStart().StartsWith('|');

    private static bool IsSeparator(string line) => IsTableRow(line) && Cells(line).All(c => SeparatorCell().IsMatch(c));

    private static List<string> Cells(string line)
    {
        var text = line.Trim();
        if (text.StartsWith('|')) text = text[1..];
        if (text.EndsWith('|')) text = text[..^1];
        return [.. text.Split('|').Select(c => c.Trim())];
    }

    // A file or measure may be written as code (`trade.csv`) in the README.
    private static string Unquote(string cell) => cell.Length >= 2 && cell[0] == '`' && cell[^1] == '`' ? cell[1..^1].Trim() : cell;

    [GeneratedRegex(@"^(\d{4})(?:\s*[–-]\s*(\d{4}))?$")]
    private static partial Regex CoverageSpan();

    [GeneratedRegex(@"^:?-+:?$")]
    private static partial Regex SeparatorCell();
}
