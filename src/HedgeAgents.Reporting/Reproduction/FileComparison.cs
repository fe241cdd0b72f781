using System.Text;

namespace HedgeAgents.Reporting.Reproduction;

/// <summary>Finds the first difference between two files by streaming both, so a sweep's large runs.csv is compared
/// in constant memory.</summary>
public static class FileComparison
{
    /// <summary>Lines longer than this are shown as a window of this many characters around the difference.</summary>
    public const int MaxShownChars = 200;

    private const int BufferSize = 1 << 16;

    /// <summary>True for the result files compared line by line (CSV and other text); others are compared as bytes.</summary>
    public static bool IsText(string name) =>
        Path.GetExtension(name).ToLowerInvariant() is ".csv" or ".tsv" or ".txt" or ".json" or ".md" or ".yaml";

    /// <summary>The first difference between <paramref name="expected"/> (the results folder's copy) and
    /// <paramref name="actual"/> (the re-run's), or null when their bytes are identical.</summary>
    public static FileDifference? FirstDifference(string expected, string actual)
    {
        var text = IsText(expected);
        long offset = 0, line = 1, lineStart = 0;
        var a = new byte[BufferSize];
        var b = new byte[BufferSize];
        using (var fa = File.OpenRead(expected))
        using (var fb = File.OpenRead(actual))
        {
            while (true)
            {
                // Filling both buffers fully means their lengths differ only at the end of a file.
                var na = fa.ReadAtLeast(a, a.Length, throwOnEndOfStream: false);
                var nb = fb.ReadAtLeast(b, b.Length, throwOnEndOfStream: false);
                var n = Math.Min(na, nb);
                var same = a.AsSpan(0, n).CommonPrefixLength(b.AsSpan(0, n));
                if (text)
                {
                    var prefix = a.AsSpan(0, same);
                    line += prefix.Count((byte)'\n');
                    var lastNewline = prefix.LastIndexOf((byte)'\n');
                    if (lastNewline >= 0) lineStart = offset + lastNewline + 1;
                }
                if (same < n || na != nb)
                {
                    offset += same;
                    break;
                }
                if (n == 0) return null;
                offset += n;
            }
        }
        if (!text) return new FileDifference(offset, null, ByteAt(expected, offset), ByteAt(actual, offset));
        return new FileDifference(offset, line, LineAt(expected, lineStart, offset), LineAt(actual, lineStart, offset));
    }

    private static string? ByteAt(string path, long offset)
    {
        using var stream = File.OpenRead(path);
        stream.Position = offset;
        var value = stream.ReadByte();
        return value < 0 ? null : value.ToString("x2", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The line starting at <paramref name="start"/>, shortened to a window around <paramref name="difference"/>.</summary>
    private static string? LineAt(string path, long start, long difference)
    {
        using var stream = File.OpenRead(path);
        if (start >= stream.Length) return null;
        stream.Position = start;
        // Enough bytes for any window that can be shown, however far into the line the difference lies.
        var column = (int)Math.Min(difference - start, int.MaxValue / 2);
        var buffer = new byte[Math.Min(column + MaxShownChars * 4L, stream.Length - start)];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var bytes = buffer.AsSpan(0, read);
        var end = bytes.IndexOf((byte)'\n');
        if (end >= 0) bytes = bytes[..end];
        var content = Encoding.UTF8.GetString(bytes).TrimEnd('\r');
        var at = Encoding.UTF8.GetCharCount(bytes[..Math.Min(column, bytes.Length)]);
        if (content.Length <= MaxShownChars) return content;
        var from = Math.Clamp(at - MaxShownChars / 2, 0, content.Length - MaxShownChars);
        return (from > 0 ? "…" : "") + content.Substring(from, MaxShownChars) + (from + MaxShownChars < content.Length ? "…" : "");
    }
}
