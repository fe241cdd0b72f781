using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config;

/// <summary>Text → YAML node tree with positions; a syntax error becomes one located <see cref="ConfigError"/>.</summary>
public static class YamlInput
{
    /// <summary>The root node of the first document, or null (with an error added) if there is none.</summary>
    /// <param name="document">What the file holds, as errors name it ("an experiment file holds one YAML document").</param>
    /// <param name="emptyKey">The key an empty file is reported under: the first one it needs.</param>
    /// <param name="emptyHint">What an empty file lacks, after "the file is empty; ".</param>
    public static YamlNode? Parse(string text, string file, List<ConfigError> errors, string document = "an experiment file",
        string emptyKey = "name", string emptyHint = "an experiment needs at least 'name' and 'actors'")
    {
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
