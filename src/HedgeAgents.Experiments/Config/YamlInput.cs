using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config;

/// <summary>Text → YAML node tree with positions; a syntax error becomes one located <see cref="ConfigError"/>.</summary>
public static class YamlInput
{
    /// <summary>The text of an input file (an experiment, a game, a calibration spec).</summary>
    /// <exception cref="ConfigException">The file cannot be read: one error at its first line.</exception>
    public static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException([new ConfigError(path, 1, 1, "file", e.Message)]);
        }
    }

    /// <summary>The root node of the first document, or null (with an error added) if there is none.</summary>
    /// <param name="document">What the file holds, as errors name it ("an experiment file holds one YAML document").</param>
    /// <param name="emptyKey">The key an empty file is reported under: the first one it needs.</param>
    /// <param name="emptyHint">What an empty file lacks, after "the file is empty; ".</param>
    public static YamlNode? Parse(string text, string file, List<ConfigError> errors, string document = "an experiment file",
        string emptyKey = "name", string emptyHint = "an experiment needs at least 'name' and 'actors'")
    {
        if (TooDeep(text) is var (deepLine, deepColumn))
        {
            errors.Add(new ConfigError(file, deepLine, deepColumn, "yaml",
                $"nested more than {MaxNesting} levels deep (brackets or '- ' on one line); {document} needs a few levels: check for a runaway '[' or '{{'"));
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            // YamlDotNet wraps the real cause (e.g. a duplicate key) in an outer "while parsing" exception.
            var cause = e.InnerException as YamlException ?? e;
            errors.Add(new ConfigError(file, (int)cause.Start.Line, (int)cause.Start.Column, "yaml", cause.Message));
            return null;
        }
        catch (ArgumentException e)
        {
            errors.Add(new ConfigError(file, 1, 1, "yaml", e.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 throws this, without a position, when a '[' or '{' is left open and the next line starts a key.
            errors.Add(UnclosedFlow(text) is var (line, column, bracket)
                ? new ConfigError(file, line, column, "yaml", $"this '{bracket}' is not closed; YAML cannot read the lines after it")
                : new ConfigError(file, 1, 1, "yaml", "YAML cannot read this file"));
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            errors.Add(new ConfigError(file, 1, 1, emptyKey, $"the file is empty; {emptyHint}"));
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            errors.Add(new ConfigError(file, (int)second.Start.Line, (int)second.Start.Column, "yaml", $"{document} holds one YAML document; remove the '---' separator"));
        }
        return stream.Documents[0].RootNode;
    }

    /// <summary>The deepest nesting read before YAML is parsed: YamlDotNet recurses per level, so some ten thousand
    /// nested '[' take seconds and a hundred thousand overflow the stack, which no catch can stop.</summary>
    internal const int MaxNesting = 256;

    // Where flow brackets, or '- ' entries on one line, nest deeper than MaxNesting (outside quotes and comments), if anywhere.
    private static (int Line, int Column)? TooDeep(string text)
    {
        var depth = 0;
        var line = 1;
        var column = 0;
        var dashes = 0;
        var atLineStart = true;
        var quote = '\0';
        var comment = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            column++;
            if (c == '\n')
            {
                line++;
                column = 0;
                dashes = 0;
                atLineStart = true;
                comment = false;
                continue;
            }
            if (comment) continue;
            if (quote != '\0')
            {
                if (c == '\\' && quote == '"') i++;
                else if (c == quote) quote = '\0';
                continue;
            }
            switch (c)
            {
                case '"' or '\'' when i == 0 || text[i - 1] is ' ' or '\t' or '[' or '{' or ',' or ':' or '\n' or '-':
                    quote = c;
                    break;
                case '#' when i == 0 || text[i - 1] is ' ' or '\t' or '\n':
                    comment = true;
                    break;
                case '[' or '{':
                    if (++depth > MaxNesting) return (line, column);
                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '-' when atLineStart && (i + 1 == text.Length || text[i + 1] is ' ' or '\n'):
                    if (++dashes > MaxNesting) return (line, column);
                    break;
            }
            if (c is not (' ' or '-')) atLineStart = false;
        }
        return null;
    }

    // The innermost '[' or '{' still open where the scanner gave up, if any.
    private static (int Line, int Column, char Bracket)? UnclosedFlow(string text)
    {
        var open = new Stack<(int, int, char)>();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            while (scanner.MoveNext())
            {
                switch (scanner.Current)
                {
                    case FlowSequenceStart t: open.Push(((int)t.Start.Line, (int)t.Start.Column, '[')); break;
                    case FlowMappingStart t: open.Push(((int)t.Start.Line, (int)t.Start.Column, '{')); break;
                    case FlowSequenceEnd or FlowMappingEnd when open.Count > 0: open.Pop(); break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Expected: this is the failure being located.
        }
        return open.Count > 0 ? open.Peek() : null;
    }
}
