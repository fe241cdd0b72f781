using System.Globalization;

namespace HedgeAgents.Reporting.Reproduction;

/// <summary>Where two versions of a file first part: a byte offset, and for text the line with both versions of it.</summary>
/// <param name="Offset">The first byte, from 0, at which the files differ (the shorter file's length if one is a prefix).</param>
/// <param name="Line">The line, from 1, holding that byte; null for binary files.</param>
/// <param name="Expected">The results folder's line (text) or byte (binary, as two hex digits); null past its end.</param>
/// <param name="Actual">The re-run's line or byte; null past its end.</param>
public sealed record FileDifference(long Offset, long? Line, string? Expected, string? Actual)
{
    /// <summary>A message naming the file, the place and both versions, over one or three lines.</summary>
    public string Describe(string name)
    {
        static string Show(string? text) => text ?? "(end of file)";
        if (Line is { } line)
            return string.Create(CultureInfo.InvariantCulture, $"{name}: line {line} differs\n  folder: {Show(Expected)}\n  re-run: {Show(Actual)}");
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: first difference at byte offset {Offset} (folder: {Show(Expected)}, re-run: {Show(Actual)})");
    }
}
