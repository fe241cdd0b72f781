using System.Text;

namespace HedgeAgents.Experiments.Sweeps.Output;

/// <summary>Reads CSV records one at a time (RFC 4180: fields in double quotes may hold commas, doubled quotes
/// and line breaks), so files of any length are read in constant memory.</summary>
public sealed class CsvReader(TextReader reader)
{
    private readonly StringBuilder _field = new();
    private long _linesRead;

    /// <summary>The 1-based line on which the record last read starts; 0 before the first.</summary>
    public long Line { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/> (cleared first); false at the end of input.</summary>
    /// <exception cref="InvalidDataException">A quoted field is not closed, or a quote is followed by other text.</exception>
    public bool TryRead(List<string> fields)
    {
        fields.Clear();
        var line = reader.ReadLine();
        if (line is null) return false;
        Line = ++_linesRead;
        _field.Clear();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                i = ReadQuoted(ref line, i + 1);
                if (i < line.Length && line[i] != ',')
                    throw new InvalidDataException($"line {Line}: text after the closing quote of field {fields.Count + 1}");
            }
            else
            {
                var end = line.IndexOf(',', i);
                if (end < 0) end = line.Length;
                _field.Append(line, i, end - i);
                i = end;
            }
            fields.Add(_field.ToString());
            _field.Clear();
            if (i >= line.Length) return true;
            i++; // past the comma
        }
    }

    /// <summary>Appends a quoted field's content from <paramref name="start"/> (just past the opening quote),
    /// reading further lines while the quote is open; returns the index just past the closing quote.</summary>
    private int ReadQuoted(ref string line, int start)
    {
        var i = start;
        while (true)
        {
            var quote = line.IndexOf('"', i);
            if (quote < 0)
            {
                // ReadLine dropped the line break; a record written by Csv.Row only ever holds \n.
                _field.Append(line, i, line.Length - i).Append('\n');
                line = reader.ReadLine() ?? throw new InvalidDataException($"line {Line}: a quoted field is not closed");
                _linesRead++;
                i = 0;
                continue;
            }
            _field.Append(line, i, quote - i);
            if (quote + 1 < line.Length && line[quote + 1] == '"')
            {
                _field.Append('"');
                i = quote + 2;
                continue;
            }
            return quote + 1;
        }
    }
}
