using System.Globalization;

namespace HedgeAgents.Experiments.Data;

/// <summary>The field formats of data files other than numbers (<see cref="DataRow.TryNumber"/>): years and dates.</summary>
internal static class DataFields
{
    /// <summary>Whether the text is a 4-digit year.</summary>
    public static bool IsYear(string text) => TryYear(text, out _);

    /// <summary>A 4-digit year (digits only, no sign or spaces).</summary>
    public static bool TryYear(string text, out int year)
    {
        year = 0;
        return text.Length == 4 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }

    /// <summary>A calendar date written YYYY-MM-DD.</summary>
    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
