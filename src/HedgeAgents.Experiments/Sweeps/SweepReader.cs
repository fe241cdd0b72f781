using System.Collections.Immutable;
using HedgeAgents.Experiments.Config;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Sweeps;

/// <summary>Reads the <c>sweep:</c> section's YAML into a <see cref="SweepSpec"/>, reporting what only the file can
/// show (unknown keys, wrong shapes, non-numbers in ranges; a list with a word in it is a text axis); paths, ranges and the design's own rules are checked later by
/// <see cref="SweepValidator"/>, which also knows the experiment.</summary>
internal sealed class SweepReader(string file, List<ConfigError> errors, SourceMap map)
{
    internal static readonly string[] Keys = ["design", "samples", "levels", "delta", "parameters"];
    internal static readonly string[] RangeKeys = ["min", "max", "steps", "log"];

    /// <summary>The section, or null when it is empty or not a map (with an error).</summary>
    public SweepSpec? Read(YamlNode node)
    {
        if (node is YamlScalarNode { Value: null or "" }) return null;
        if (node is not YamlMappingNode section)
        {
            Error(node, "sweep", "expected a map with design, samples and parameters");
            return null;
        }
        map.Record("sweep", node);
        var design = Core.Sweeps.SweepDesigns.DefaultName;
        var samples = 0;
        var levels = 4;
        int? delta = null;
        var parameters = ImmutableArray.CreateBuilder<SweepParameter>();
        YamlNode? parametersNode = null;
        foreach (var (key, value) in section.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            map.Record($"sweep.{name}", value);
            switch (name)
            {
                case "design":
                    if (value is YamlScalarNode { Value: { Length: > 0 } d }) design = d.Trim();
                    else Error(value, "sweep.design", $"expected a design name: {Core.NameList.Join(Core.Sweeps.SweepDesigns.Registry.Names)}");
                    break;
                case "samples":
                    samples = Integer(value, "sweep.samples", 1) ?? 0;
                    break;
                case "levels":
                    levels = Integer(value, "sweep.levels", 2) ?? 4;
                    break;
                case "delta":
                    delta = Integer(value, "sweep.delta", 1);
                    break;
                case "parameters":
                    parametersNode = value;
                    ReadParameters(value, parameters);
                    break;
                default:
                    Error(key, $"sweep.{name}", KeySuggestions.Unknown("key", name, Keys));
                    break;
            }
        }
        if (parametersNode is null) Error(section, "sweep.parameters", "missing required key 'parameters' (a map of parameter paths to value lists or {min, max} ranges)");
        return new SweepSpec(design, samples, levels, parameters.ToImmutable(), delta);
    }

    private void ReadParameters(YamlNode node, ImmutableArray<SweepParameter>.Builder parameters)
    {
        if (node is not YamlMappingNode entries || entries.Children.Count == 0)
        {
            Error(node, "sweep.parameters", "expected a map of parameter paths, e.g. 'shocks.sanctions.hazard: [0, 0.1, 0.2]'");
            return;
        }
        foreach (var (key, value) in entries.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } path })
            {
                Error(key, "sweep.parameters", "keys must be parameter paths");
                continue;
            }
            var where = $"sweep.parameters.{path}";
            map.Record(where, key);
            switch (value)
            {
                case YamlSequenceNode list:
                    if (ReadList(list, path, where) is { } listed) parameters.Add(listed);
                    break;
                case YamlMappingNode range:
                    if (ReadRange(range, path, where) is { } p) parameters.Add(p);
                    break;
                default:
                    Error(value, where, "expected a list of values ([0, 0.1, 0.2]) or a range ({min: 0, max: 1, steps: 5})");
                    break;
            }
        }
    }

    /// <summary>A list axis: numbers, or (when any item is a word) a text axis of words set as <c>--set</c> sets them.
    /// Each item's place is recorded, so the validator can point at the value it refuses.</summary>
    private SweepParameter? ReadList(YamlSequenceNode list, string path, string where)
    {
        if (list.Children.Count == 0)
        {
            Error(list, where, "the list of values is empty; give at least one value");
            return null;
        }
        var texts = new List<string>();
        var ok = true;
        for (var i = 0; i < list.Children.Count; i++)
        {
            var item = list.Children[i];
            map.Record($"{where}[{i}]", item);
            if (item is YamlScalarNode { Value: { } text } && text.Trim().Length > 0) texts.Add(text.Trim());
            else
            {
                Error(item, $"{where}[{i}]", $"expected a number or a word (an action, a rule name), got {Show(item)}");
                ok = false;
            }
        }
        if (!ok) return null;
        var numbers = texts.Select(t => ValueText.TryParseNumber(t, out var x) ? x : (double?)null).ToList();
        if (numbers.All(x => x is not null)) return new SweepParameter(path, [.. numbers.Select(x => x!.Value)], 0, 0, 0, false);
        var duplicate = texts.GroupBy(t => t, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var second = texts.FindIndex(texts.IndexOf(duplicate.Key) + 1, t => t == duplicate.Key);
            Error(list.Children[second], $"{where}[{second}]", $"'{duplicate.Key}' is listed twice; a text axis lists each value once");
            return null;
        }
        return SweepParameter.Text(path, texts);
    }

    private SweepParameter? ReadRange(YamlMappingNode range, string path, string where)
    {
        double? min = null, max = null;
        var steps = 0;
        var log = false;
        var ok = true;
        foreach (var (key, value) in range.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            switch (name)
            {
                case "min": min = Number(value, $"{where}.min"); ok &= min is not null; break;
                case "max": max = Number(value, $"{where}.max"); ok &= max is not null; break;
                case "steps":
                    var s = Integer(value, $"{where}.steps", 1);
                    ok &= s is not null;
                    steps = s ?? 0;
                    break;
                case "log":
                    if (value is YamlScalarNode { Value: var text } && ValueText.TryParseBool(text ?? "", out var b)) log = b;
                    else
                    {
                        Error(value, $"{where}.log", "expected true or false");
                        ok = false;
                    }
                    break;
                default:
                    Error(key, $"{where}.{name}", KeySuggestions.Unknown("key", name, RangeKeys));
                    ok = false;
                    break;
            }
        }
        if (min is null && ok) Error(range, $"{where}.min", "a range needs 'min' and 'max'");
        if (max is null && ok) Error(range, $"{where}.max", "a range needs 'min' and 'max'");
        if (min is null || max is null || !ok) return null;
        if (min > max)
        {
            Error(range, where, $"min ({ValueText.Format(min.Value)}) is above max ({ValueText.Format(max.Value)})");
            return null;
        }
        if (log && min <= 0)
        {
            Error(range, $"{where}.log", $"a log range needs min > 0, got {ValueText.Format(min.Value)}");
            return null;
        }
        return new SweepParameter(path, [], min.Value, max.Value, steps, log);
    }

    private double? Number(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } text } && ValueText.TryParseNumber(text, out var x) && double.IsFinite(x)) return x;
        Error(node, key, $"expected a finite number, got {Show(node)}");
        return null;
    }

    private int? Integer(YamlNode node, string key, int min)
    {
        if (node is YamlScalarNode { Value: { } text } && ValueText.TryParseNumber(text, out var x) && x == Math.Floor(x) && x >= min && x <= int.MaxValue)
            return (int)x;
        Error(node, key, $"expected a whole number ≥ {min}, got {Show(node)}");
        return null;
    }

    private static string Show(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" } => "nothing",
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        _ => "a map",
    };

    private void Error(YamlNode node, string key, string message) => errors.Add(SourceLocation.Of(file, node).Error(key, message));
}
