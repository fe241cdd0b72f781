using System.Collections.Immutable;
using HedgeAgents.Experiments.Config;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Plots;

/// <summary>Reads the <c>plots:</c> section (a list of figures) and checks it against the experiment: known kinds,
/// the keys each kind needs, actors that exist, parameters that are swept, file names used once.</summary>
internal sealed class PlotsReader(string file, List<ConfigError> errors, SourceMap map)
{
    internal static readonly string[] Keys = ["kind", "name", "actor", "x", "y", "title", "metric"];

    /// <summary>The figures in file order (empty when the section is empty or broken).</summary>
    public ImmutableArray<PlotSpec> Read(YamlNode node)
    {
        if (node is YamlScalarNode { Value: null or "" }) return [];
        if (node is not YamlSequenceNode list)
        {
            Error(node, "plots", "expected a list of figures ('- kind: shares')");
            return [];
        }
        var plots = ImmutableArray.CreateBuilder<PlotSpec>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var where = $"plots[{i}]";
            if (list.Children[i] is not YamlMappingNode item)
            {
                Error(list.Children[i], where, "expected a map with 'kind' and the keys it needs");
                continue;
            }
            map.Record(where, item);
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in item.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (!Keys.Contains(name))
                {
                    Error(key, $"{where}.{name}", KeySuggestions.Unknown("key", name, Keys));
                    continue;
                }
                if (value is YamlScalarNode { Value: { Length: > 0 } text }) values[name] = text.Trim();
                else Error(value, $"{where}.{name}", "expected a single word or text");
                map.Record($"{where}.{name}", value);
            }
            if (!values.TryGetValue("kind", out var kind))
            {
                Error(item, $"{where}.kind", $"missing required key 'kind'; kinds: {string.Join(", ", PlotKinds.Names)}");
                continue;
            }
            plots.Add(new PlotSpec(kind, values.GetValueOrDefault("name"), values.GetValueOrDefault("actor"),
                values.GetValueOrDefault("x"), values.GetValueOrDefault("y"), values.GetValueOrDefault("title"), values.GetValueOrDefault("metric")));
        }
        return plots.ToImmutable();
    }

    /// <summary>Checks the figures against the loaded experiment (actors, swept paths).</summary>
    public static void Validate(ImmutableArray<PlotSpec> plots, Core.Parameters.ModelParameters parameters, Sweeps.SweepSpec? sweep,
        SourceMap map, List<ConfigError> errors)
    {
        void Error(string key, string message) => errors.Add(map.Locate(key).Error(key, message));
        var choosers = parameters.Actors.Where(a => a.Chooses).Select(a => a.Id).ToList();
        // The experiment's metric columns: the fixed ones and a weight_<ID> per actor that can be a counterparty.
        var metrics = Output.SummaryMetrics.Of(parameters).Columns;
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plots.Length; i++)
        {
            var p = plots[i];
            var where = $"plots[{i}]";
            if (PlotKinds.Find(p.Kind) is not { } kind)
            {
                Error($"{where}.kind", KeySuggestions.Unknown("figure kind", p.Kind, [.. PlotKinds.Names]));
                continue;
            }
            if (p.Actor is { } actor && !choosers.Contains(actor))
                Error($"{where}.actor", KeySuggestions.Unknown("choosing actor", actor, choosers));
            var swept = sweep?.Paths.ToList() ?? [];
            if (kind.FromSweep && sweep is null)
                Error($"{where}.kind", $"'{p.Kind}' is drawn from a sweep, but the experiment has no 'sweep:' section");
            foreach (var need in new[] { "x", "y" }.Where(kind.Takes))
            {
                var value = need == "x" ? p.X : p.Y;
                if (value is null)
                {
                    if (kind.Needs.Contains(need)) Error(where, $"'{p.Kind}' needs '{need}': a swept parameter path ({string.Join(", ", swept)})");
                }
                else if (sweep is not null && !swept.Contains(value))
                    Error($"{where}.{need}", KeySuggestions.Unknown("swept parameter", value, swept));
            }
            if (kind.Takes("metric"))
            {
                if (p.Metric is null)
                {
                    if (kind.Needs.Contains("metric"))
                        Error(where, $"'{p.Kind}' needs 'metric': a summary metric ({string.Join(", ", metrics)})");
                }
                else if (!metrics.Contains(p.Metric))
                    Error($"{where}.metric", KeySuggestions.Unknown("summary metric", p.Metric, metrics));
            }
            foreach (var extra in new[] { ("x", p.X), ("y", p.Y), ("metric", p.Metric) }.Where(e => e.Item2 is not null && !kind.Takes(e.Item1)))
                Error($"{where}.{extra.Item1}", $"'{p.Kind}' takes no '{extra.Item1}'");
            if (!stems.Add(p.FileStem))
                Error($"{where}.name", $"another figure already has the file name '{p.FileStem}'; give this one a 'name'");
            else if (p.FileStem.IndexOfAny([.. Path.GetInvalidFileNameChars(), '/', '\\']) >= 0)
                Error($"{where}.name", $"'{p.FileStem}' cannot be a file name; use letters, digits, '-' and '.'");
        }
    }

    private void Error(YamlNode node, string key, string message) => errors.Add(SourceLocation.Of(file, node).Error(key, message));
}
