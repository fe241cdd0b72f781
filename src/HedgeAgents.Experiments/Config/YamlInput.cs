using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config;

/// <summary>Text → YAML node tree with positions; a syntax error becomes one located <see cref="ConfigError"/>.</summary>
internal static class YamlInput
{
    /// <summary>The root node of the first document, or null (with an error added) if there is none.</summary>
    public static YamlNode? Parse(string text, string file, List<ConfigError> errors)
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
        if (stream.Documents.Count == 0)
        {
            errors.Add(new ConfigError(file, 1, 1, "name", "the file is empty; an experiment needs at least 'name' and 'actors'"));
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            errors.Add(new ConfigError(file, (int)second.Start.Line, (int)second.Start.Column, "yaml", "an experiment file holds one YAML document; remove the '---' separator"));
        }
        return stream.Documents[0].RootNode;
    }
}
