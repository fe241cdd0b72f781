using System.Globalization;
using HedgeAgents.Experiments.Sweeps.Output;

namespace HedgeAgents.Reporting.Data;

/// <summary>Reads a CSV file row by row (header first), so figures aggregate while reading and never hold a big file.</summary>
internal sealed class CsvStream
{
    private readonly Dictionary<string, int> _columns;
    private readonly string _file;

    private CsvStream(string file, string[] header)
    {
        _file = file;
        _columns = header.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
    }

    /// <summary>The column names in file order.</summary>
    public IEnumerable<string> Columns => _columns.OrderBy(c => c.Value).Select(c => c.Key);

    /// <summary>Opens a file and calls <paramref name="row"/> for every data row.</summary>
    public static CsvStream Read(string file, Action<CsvStream, string[]> row)
    {
        using var text = new StreamReader(file);
        var reader = new CsvReader(text);
        var csv = new CsvStream(file, HeaderOf(file, reader));
        var fields = new List<string>();
        while (reader.TryRead(fields))
        {
            if (fields is not [""]) row(csv, [.. fields]);
        }
        return csv;
    }

    /// <summary>Reads only the header.</summary>
    public static CsvStream Header(string file)
    {
        using var text = new StreamReader(file);
        return new CsvStream(file, HeaderOf(file, new CsvReader(text)));
    }

    private static string[] HeaderOf(string file, CsvReader reader)
    {
        var header = new List<string>();
        return reader.TryRead(header) ? [.. header] : throw new FigureDataException(file, "the file is empty; expected a header line");
    }

    /// <summary>The index of a column, with an error naming the file and the columns it has.</summary>
    public int Column(string name) => _columns.TryGetValue(name, out var i) ? i
        : throw new FigureDataException(_file, $"no column '{name}'; columns: {string.Join(", ", Columns)}");

    /// <summary>Whether the file has a column.</summary>
    public bool Has(string name) => _columns.ContainsKey(name);

    /// <summary>A swept value: the number, or for a text axis (<paramref name="labels"/> given) the index of its label
    /// in the order listed, so that sorting by value keeps that order.</summary>
    public double Value(string[] fields, int column, IReadOnlyList<string>? labels)
    {
        if (labels is null) return Number(fields, column);
        for (var i = 0; i < labels.Count; i++)
            if (labels[i] == fields[column]) return i;
        throw new FigureDataException(_file, $"'{fields[column]}' in column '{Columns.ElementAt(column)}' is not one of the values the manifest lists: {string.Join(", ", labels)}");
    }

    /// <summary>A number field; an empty field is NaN.</summary>
    public double Number(string[] fields, int column) =>
        fields[column].Length == 0 ? double.NaN
        : double.TryParse(fields[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
        : throw new FigureDataException(_file, $"'{fields[column]}' in column '{Columns.ElementAt(column)}' is not a number");
}
