using System.Globalization;

namespace HedgeAgents.Experiments.Sweeps.Output;

/// <summary>Parses the fields that <see cref="HedgeAgents.Experiments.Output.Csv"/> writes, under the invariant
/// culture, so a value read back is the value written; errors name the line and column.</summary>
public static class CsvFields
{
    private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign;

    /// <summary>A number; an empty field is NaN, as <see cref="HedgeAgents.Experiments.Output.Csv.Number"/> writes it.</summary>
    public static double Number(string text, long line, string column)
    {
        if (text.Length == 0) return double.NaN;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(text, "a number", line, column);
    }

    /// <summary>A 64-bit integer; an empty field is an error.</summary>
    public static long Integer(string text, long line, string column) =>
        long.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(text, "an integer", line, column);

    /// <summary>An unsigned 64-bit integer (a seed); an empty field is an error.</summary>
    public static ulong UInt64(string text, long line, string column) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(text, "an unsigned integer", line, column);

    /// <summary>A 32-bit integer, or null for an empty field.</summary>
    public static int? OptionalInt32(string text, long line, string column)
    {
        if (text.Length == 0) return null;
        return int.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(text, "a 32-bit integer", line, column);
    }

    private static InvalidDataException Bad(string text, string what, long line, string column) =>
        new($"line {line}, column {column}: '{text}' is not {what}");
}
