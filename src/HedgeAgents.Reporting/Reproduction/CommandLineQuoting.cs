using System.Text;

namespace HedgeAgents.Reporting.Reproduction;

/// <summary>The command line a manifest records: words joined by spaces, a word double-quoted only when it holds a
/// space or a quote (or is empty), so the commands of ordinary runs read exactly as typed.</summary>
public static class CommandLineQuoting
{
    /// <summary>Joins words into one command line that <see cref="Tokenize"/> splits back into the same words.</summary>
    public static string Join(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));

    /// <summary>The word as written in a command: unchanged unless it is empty or holds a space or a double quote.</summary>
    public static string Quote(string word)
    {
        // Backslash escapes (not doubled quotes) so that the command can be pasted into a POSIX shell; outside
        // quotes a backslash stays literal, so Windows paths without spaces are written as they are.
        if (word.Length > 0 && !word.Contains(' ') && !word.Contains('"')) return word;
        return "\"" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Splits a command line at spaces outside double quotes; inside quotes <c>\"</c> and <c>\\</c> stand for
    /// a quote and a backslash.</summary>
    /// <exception cref="FormatException">A quote is not closed.</exception>
    public static IReadOnlyList<string> Tokenize(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var quoted = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (quoted)
            {
                if (c == '\\' && i + 1 < command.Length && command[i + 1] is '"' or '\\') word.Append(command[++i]);
                else if (c == '"') quoted = false;
                else word.Append(c);
            }
            else if (c == ' ')
            {
                if (inWord) words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
            else
            {
                // A quote opens a word even when nothing follows it, which is how the empty word survives.
                inWord = true;
                if (c == '"') quoted = true;
                else word.Append(c);
            }
        }
        if (quoted) throw new FormatException($"unclosed double quote in: {command}");
        if (inWord) words.Add(word.ToString());
        return words;
    }
}
