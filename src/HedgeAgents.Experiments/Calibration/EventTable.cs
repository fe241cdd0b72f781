using HedgeAgents.Core.Collections;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Sweeps.Output;

namespace HedgeAgents.Experiments.Calibration;

/// <summary>An event file as read (data/ conventions: tidy CSV, header row): its columns and its rows with their line
/// numbers, so a bad cell is reported as <c>file:line:1: column: …</c>.</summary>
public sealed class EventTable
{
    private readonly Dictionary<string, int> _index;

    private EventTable(string file, ValueArray<string> columns, ValueArray<Row> rows)
    {
        File = file;
        Columns = columns;
        Rows = rows;
        _index = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The file's path, as errors name it.</summary>
    public string File { get; }

    /// <summary>The header's column names in order.</summary>
    public ValueArray<string> Columns { get; }

    /// <summary>The data rows in file order.</summary>
    public ValueArray<Row> Rows { get; }

    /// <summary>Whether the file has a column.</summary>
    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>A row's cell in a column the file has.</summary>
    public string Cell(Row row, string column) => row.Cells[_index[column]];

    /// <summary>An error about a row's cell.</summary>
    public ConfigError Error(Row row, string column, string message) => new(File, row.Line, 1, column, message);

    /// <summary>Reads an event file; a row whose field count differs from the header's is an error, as is a file
    /// without a header.</summary>
    /// <exception cref="ConfigException">The file cannot be read or parsed.</exception>
    public static EventTable Load(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var csv = new CsvReader(reader);
            var fields = new List<string>();
            if (!csv.TryRead(fields) || fields.All(f => f.Length == 0))
                throw new ConfigException([new ConfigError(path, 1, 1, "header", "the file has no header row")]);
            var columns = fields.Select(f => f.Trim()).ToValueArray();
            var rows = new List<Row>();
            var errors = new List<ConfigError>();
            while (csv.TryRead(fields))
            {
                if (fields is [""]) continue; // a blank line, e.g. a trailing one
                if (fields.Count != columns.Length)
                    errors.Add(new ConfigError(path, (int)csv.Line, 1, "row",
                        $"{fields.Count} fields where the header has {columns.Length}; quote a field that holds a comma"));
                else rows.Add(new Row((int)csv.Line, fields.ToValueArray()));
            }
            if (errors.Count > 0) throw new ConfigException(errors);
            return new EventTable(path, columns, rows.ToValueArray());
        }
        catch (InvalidDataException e)
        {
            throw new ConfigException([new ConfigError(path, 1, 1, "csv", e.Message)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException([new ConfigError(path, 1, 1, "file", e.Message)]);
        }
    }

    /// <summary>A data row: its 1-based line in the file and its cells in column order.</summary>
    public sealed record Row(int Line, ValueArray<string> Cells);
}
