using System.Globalization;
using System.Text;

namespace HedgeAgents.Experiments.Output;

/// <summary>CSV formatting under the invariant culture: the same numbers give the same bytes on every machine.</summary>
public static class Csv
{
    /// <summary>A number with up to 10 significant digits; NaN as an empty field.</summary>
    /// <remarks>Ten digits hide the last-bit differences that transcendental functions may show across CPUs,
    /// so reviewers reproduce files byte for byte, while keeping far more precision than any figure needs.</remarks>
    public static string Number(double value)
    {
        if (double.IsNaN(value)) return "";
        var text = value.ToString("G10", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>An integer.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A text field, quoted when it holds a separator, quote or line break.</summary>
    public static string Text(string value)
    {
        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0) return value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    /// <summary>Appends a row of already formatted fields and a newline (always \n).</summary>
    public static void Row(StringBuilder sb, params ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(fields[i]);
        }
        sb.Append('\n');
    }
}
