using System.Collections.Immutable;
using System.Globalization;

namespace HedgeAgents.Experiments.Data;

/// <summary>One data row of a <see cref="DataTable"/>: its fields as written and the line it starts on.</summary>
public sealed class DataRow
{
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    internal DataRow(DataTable table, int line, ImmutableArray<string> fields)
    {
        Table = table;
        Line = line;
        Fields = fields;
    }

    /// <summary>The table the row belongs to.</summary>
    public DataTable Table { get; }

    /// <summary>The 1-based line of the file the row starts on (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>The fields in file order; as many as the header has columns unless the row is ragged.</summary>
    public ImmutableArray<string> Fields { get; }

    /// <summary>Whether the row has exactly the header's number of fields.</summary>
    public bool IsComplete => Fields.Length == Table.Columns.Length;

    /// <summary>The field of a column, as written (unquoted).</summary>
    /// <exception cref="DataFileException">No such column, or the row is too short to have it.</exception>
    public string this[string column]
    {
        get
        {
            var i = Table.Column(column);
            return i < Fields.Length ? Fields[i]
                : throw Error(column, $"the row has {Fields.Length} fields, the header {Table.Columns.Length} columns");
        }
    }

    /// <summary>The field of a column as a finite number under the invariant culture ('.' decimal point, optional
    /// sign and exponent; no thousands separators, spaces or units).</summary>
    /// <exception cref="DataFileException">The field is empty or not such a number.</exception>
    public double Number(string column) =>
        TryNumber(this[column], out var value) ? value
            : throw Error(column, NotANumber(this[column]));

    /// <summary>A located problem at this row.</summary>
    public DataProblem Problem(string column, string message) => new(Table.Path, Line, column, message);

    /// <summary>Parses a number as data files write it (see <see cref="Number"/>).</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>The message for a field that <see cref="TryNumber"/> refuses, saying what would be valid.</summary>
    internal static string NotANumber(string text) =>
        $"'{text}' is not a number (invariant culture: '.' decimal point, no thousands separators, units or '%')";

    private DataFileException Error(string column, string message) => new(Problem(column, message));
}
