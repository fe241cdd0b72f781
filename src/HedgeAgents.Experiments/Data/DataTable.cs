using System.Collections.Immutable;
using System.Text;

namespace HedgeAgents.Experiments.Data;

/// <summary>A data file of <c>data/</c> as read: a header and rows of text fields (RFC 4180: quoted fields may hold
/// commas, quotes and line breaks), each row with the 1-based line it starts on, for located errors.</summary>
public sealed class DataTable
{
    private readonly ImmutableDictionary<string, int> _index;

    private DataTable(string path, ImmutableArray<string> columns, ImmutableArray<DataRow> rows)
    {
        Path = path;
        Columns = columns;
        Rows = rows;
        _index = columns.Select((c, i) => (c, i)).ToImmutableDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>The file it was read from.</summary>
    public string Path { get; }

    /// <summary>The header's column names, in file order.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>The data rows, in file order.</summary>
    public ImmutableArray<DataRow> Rows { get; }

    /// <summary>Whether the header names <paramref name="column"/>.</summary>
    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>The position of <paramref name="column"/> in the header, or -1.</summary>
    public int IndexOf(string column) => _index.GetValueOrDefault(column, -1);

    /// <summary>Reads a CSV file.</summary>
    /// <exception cref="DataFileException">The file cannot be read, has no header, or a row's field count differs
    /// from the header's.</exception>
    public static DataTable Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, 0, e.Message);
        }
        return Parse(text, path);
    }

    /// <summary>Parses CSV text; <paramref name="path"/> names it in errors.</summary>
    /// <exception cref="DataFileException">No header, an unclosed quote, or a ragged row.</exception>
    public static DataTable Parse(string text, string path)
    {
        var records = Records(text, path);
        if (records.Count == 0 || records[0].Fields.All(f => f.Length == 0))
            throw new DataFileException(path, 1, "no header row (a data file starts with its column names)");
        var header = records[0].Fields.Select(f => f.Trim()).ToImmutableArray();
        var duplicate = header.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new DataFileException(path, 1, $"column '{duplicate.Key}' appears twice in the header");
        var rows = ImmutableArray.CreateBuilder<DataRow>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0) continue; // a blank line
            if (fields.Count != header.Length)
                throw new DataFileException(path, line, $"{fields.Count} fields, but the header has {header.Length} columns");
            rows.Add(new DataRow(line, [.. fields]));
        }
        return new DataTable(path, header, rows.ToImmutable());
    }

    /// <summary>The field of <paramref name="row"/> in <paramref name="column"/>.</summary>
    /// <exception cref="KeyNotFoundException">The header has no such column.</exception>
    public string Field(DataRow row, string column) =>
        _index.TryGetValue(column, out var i) ? row.Fields[i] : throw new KeyNotFoundException($"{Path}: no column '{column}'");

    private static List<(int Line, List<string> Fields)> Records(string text, string path)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var i = 0;
        if (text.StartsWith('\uFEFF')) i = 1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((recordLine, fields));
                    fields = [];
                    recordLine = ++line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (quoted) throw new DataFileException(path, recordLine, "a quoted field is not closed");
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }
        return records;
    }
}
