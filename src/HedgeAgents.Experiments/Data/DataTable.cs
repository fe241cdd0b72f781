using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using HedgeAgents.Experiments.Sweeps.Output;

namespace HedgeAgents.Experiments.Data;

/// <summary>A data file read whole: its header and its rows, each with the 1-based line it starts on (RFC 4180: a
/// quoted field may hold commas, doubled quotes and line breaks). Rows are kept as written, ragged ones too, so a
/// checker can report them; <see cref="DataRow"/>'s accessors fail with the file and line instead.</summary>
/// <remarks>Parsing is the sweep output's <see cref="CsvReader"/>, so the repository has one CSV reader.</remarks>
public sealed partial class DataTable
{
    private readonly Dictionary<string, int> _index;

    private DataTable(string path, ImmutableArray<string> columns, List<(int Line, List<string> Fields)> rows)
    {
        Path = path;
        Columns = columns;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        // The first of a repeated name wins; the checker reports the repetition.
        for (var i = 0; i < columns.Length; i++) _index.TryAdd(columns[i], i);
        Rows = [.. rows.Select(r => new DataRow(this, r.Line, [.. r.Fields]))];
    }

    /// <summary>The file the table was read from, as given (errors name it).</summary>
    public string Path { get; }

    /// <summary>The header's column names in file order.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>The data rows in file order (the header excluded).</summary>
    public ImmutableArray<DataRow> Rows { get; }

    /// <summary>Reads a UTF-8 CSV file with a header line.</summary>
    /// <exception cref="DataFileException">The file is empty or a quoted field is not closed (file and line named).</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static DataTable Read(string path)
    {
        using var text = new StreamReader(path, Encoding.UTF8);
        return Read(text, path);
    }

    /// <summary>Reads CSV text with a header line; <paramref name="path"/> only names the source in errors.</summary>
    /// <exception cref="DataFileException">The text is empty or a quoted field is not closed.</exception>
    public static DataTable Read(TextReader text, string path)
    {
        var reader = new CsvReader(text);
        var header = new List<string>();
        var rows = new List<(int, List<string>)>();
        try
        {
            if (!reader.TryRead(header))
                throw new DataFileException(new DataProblem(path, 1, "", "the file is empty; expected a header line"));
            var fields = new List<string>();
            while (reader.TryRead(fields))
            {
                rows.Add(((int)reader.Line, fields));
                fields = [];
            }
        }
        catch (InvalidDataException e)
        {
            // CsvReader says "line N: …"; the location goes in front instead, once.
            throw new DataFileException(new DataProblem(path, (int)reader.Line, "", LinePrefix().Replace(e.Message, "")));
        }
        return new DataTable(path, [.. header], rows);
    }

    /// <summary>Whether the header has a column of this name.</summary>
    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>The 0-based index of a column.</summary>
    /// <exception cref="DataFileException">There is no such column; the message lists the columns there are.</exception>
    public int Column(string column) => _index.TryGetValue(column, out var i) ? i
        : throw new DataFileException(new DataProblem(Path, 1, column, $"no such column; the header has {string.Join(", ", Columns)}"));

    [GeneratedRegex(@"^line \d+: ")]
    private static partial Regex LinePrefix();
}
