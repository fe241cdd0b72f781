using System.Globalization;
using System.Text.RegularExpressions;

namespace HedgeAgents.Experiments.Config;

/// <summary>How numbers and words are read and written in experiment files, always in the invariant culture.</summary>
internal static partial class ValueText
{
    // A YAML 1.2 core-schema decimal, without .inf/.nan: double.Parse alone would accept "NaN" and "Infinity".
    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    /// <summary>Reads a decimal number; false for anything else (words, hex, infinities).</summary>
    public static bool TryParseNumber(string text, out double value)
    {
        value = 0;
        var t = text.Trim();
        return NumberPattern().IsMatch(t)
               && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
               && double.IsFinite(value);
    }

    /// <summary>Reads YAML's booleans (<c>true</c>, <c>True</c>, <c>TRUE</c> and the same for false).</summary>
    public static bool TryParseBool(string text, out bool value)
    {
        switch (text.Trim())
        {
            case "true" or "True" or "TRUE":
                value = true;
                return true;
            case "false" or "False" or "FALSE":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>The shortest text that reads back as the same double.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Lower-case <c>true</c>/<c>false</c>.</summary>
    public static string Format(bool value) => value ? "true" : "false";

    /// <summary>A list as a YAML flow sequence: <c>[RUS, EUR]</c>.</summary>
    public static string FormatList(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    /// <summary>Removes one pair of matching surrounding quotes.</summary>
    public static string Unquote(string text)
    {
        var t = text.Trim();
        return t.Length >= 2 && (t[0] == '"' || t[0] == '\'') && t[^1] == t[0] ? t[1..^1] : t;
    }
}
