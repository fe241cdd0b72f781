using HedgeAgents.Experiments.Config;
using HedgeAgents.Reporting.Reproduction;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Reporting.Study;

/// <summary>A study: the ordered <c>hedge run</c> / <c>hedge sweep</c> commands whose folders make up <c>results/</c>,
/// written exactly as their manifests record them, so that one command regenerates every folder and
/// <c>hedge reproduce</c> can check each.</summary>
/// <param name="Path">The study file, as given.</param>
/// <param name="Name">The study's name.</param>
/// <param name="Description">Free text.</param>
/// <param name="Steps">The commands, in file order.</param>
public sealed record StudyFile(string Path, string Name, string Description, IReadOnlyList<StudyStep> Steps)
{
    /// <summary>The verbs that write a results folder with a manifest: a step with one of them names its --out.</summary>
    public static readonly IReadOnlyList<string> Verbs = ["run", "sweep"];

    /// <summary>The verbs that analyse a folder an earlier step wrote (into a subfolder of it): their first argument is
    /// that folder.</summary>
    public static readonly IReadOnlyList<string> AnalysisVerbs = ["sensitivity", "discover"];

    private static readonly string[] Keys = ["name", "description", "steps"];

    /// <summary>Reads and checks a study file; every problem is reported at once.</summary>
    /// <exception cref="ConfigException">The file is not a valid study (located errors).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static StudyFile Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses study text; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="ConfigException">The text is not a valid study (located errors).</exception>
    public static StudyFile Parse(string text, string file)
    {
        var errors = new List<ConfigError>();
        var root = YamlInput.Parse(text, file, errors, "a study file", "steps", "a study needs 'name' and a list of 'steps'");
        if (root is null) throw new ConfigException(errors);
        void Error(YamlNode at, string key, string message) =>
            errors.Add(new ConfigError(file, (int)at.Start.Line, (int)at.Start.Column, key, message));

        if (root is not YamlMappingNode map)
        {
            Error(root, "study", "a study file is a map with 'name', 'description' and 'steps'");
            throw new ConfigException(errors);
        }
        string? name = null, description = null;
        var steps = new List<StudyStep>();
        YamlNode? stepsNode = null;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "name" when value is YamlScalarNode { Value: { Length: > 0 } v }: name = v; break;
                case "description" when value is YamlScalarNode s: description = s.Value ?? ""; break;
                case "steps": stepsNode = value; break;
                case "name" or "description": Error(value, key, "expected a line of text"); break;
                default: Error(keyNode, key, KeySuggestions.Unknown("key", key, Keys)); break;
            }
        }
        if (name is null && !errors.Any(e => e.Key == "name")) Error(map, "name", "missing; give the study a name");
        if (stepsNode is null) Error(map, "steps", "missing; list the study's commands, e.g. '- hedge run experiments/x.yaml --out results/x'");
        else if (stepsNode is not YamlSequenceNode { Children.Count: > 0 } list) Error(stepsNode, "steps", "expected a list of at least one command");
        else
        {
            var outs = new Dictionary<string, StudyStep>(StringComparer.Ordinal);
            for (var i = 0; i < list.Children.Count; i++)
                if (ParseStep(list.Children[i], $"steps[{i}]", Error) is { } step)
                {
                    var key = NormalizeFolder(step.Out);
                    if (step.IsAnalysis)
                    {
                        if (!outs.ContainsKey(key))
                            Error(list.Children[i], $"steps[{i}]", $"analyses {step.Out}, which no earlier step writes; put it after the step whose --out is that folder");
                    }
                    else if (outs.TryGetValue(key, out var first))
                        Error(list.Children[i], $"steps[{i}]", $"writes {step.Out}, which the step on line {first.Line} writes too; give each step its own --out");
                    else outs[key] = step;
                    steps.Add(step);
                }
        }
        if (errors.Count > 0) throw new ConfigException(errors);
        return new StudyFile(file, name!, description ?? "", steps);
    }

    private static StudyStep? ParseStep(YamlNode node, string key, Action<YamlNode, string, string> error)
    {
        if (node is not YamlScalarNode { Value: { } text })
        {
            error(node, key, "expected a command line, e.g. 'hedge sweep experiments/x.yaml --out results/x'");
            return null;
        }
        IReadOnlyList<string> words;
        try
        {
            words = CommandLineQuoting.Tokenize(text);
        }
        catch (FormatException e)
        {
            error(node, key, e.Message);
            return null;
        }
        if (words.Count >= 3 && words[0] == "hedge" && AnalysisVerbs.Contains(words[1]))
            return new StudyStep((int)node.Start.Line, (int)node.Start.Column, text, [.. words.Skip(1)], words[2]);
        if (words.Count < 3 || words[0] != "hedge" || !Verbs.Contains(words[1]))
        {
            error(node, key, $"expected 'hedge {string.Join("|", Verbs)} <experiment.yaml> --out <folder> [options]' or " +
                             $"'hedge {string.Join("|", AnalysisVerbs)} <folder> [options]', got '{text}'");
            return null;
        }
        var arguments = words.Skip(1).ToList();
        var outIndex = arguments.IndexOf("--out");
        if (outIndex < 0 || outIndex + 1 >= arguments.Count)
        {
            error(node, key, $"'{text}' has no --out; every step names its results folder so the study can draw its figures");
            return null;
        }
        return new StudyStep((int)node.Start.Line, (int)node.Start.Column, text, arguments, arguments[outIndex + 1]);
    }

    private static string NormalizeFolder(string folder) => folder.Replace('\\', '/').TrimEnd('/');
}
