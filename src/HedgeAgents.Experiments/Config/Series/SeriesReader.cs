using System.Collections.Immutable;
using System.Globalization;
using HedgeAgents.Core.Collections;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config.Series;

/// <summary>Reads the <c>series:</c> list into drafts: known keys, their shapes and words. The data files are read
/// later, by <see cref="SeriesResolver"/>, once the run's period and start are final.</summary>
internal sealed class SeriesReader(string file, List<ConfigError> errors)
{
    /// <summary>The entries in file order (empty when the section is empty or broken).</summary>
    public ImmutableArray<SeriesDraft> Read(YamlNode node)
    {
        if (node is YamlScalarNode { Value: null or "" }) return [];
        if (node is not YamlSequenceNode list)
        {
            Error(node, "series", "expected a list ('- set: relations.KAZ.CHN.returns')");
            return [];
        }
        var drafts = ImmutableArray.CreateBuilder<SeriesDraft>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var where = $"series[{i}]";
            if (list.Children[i] is YamlMappingNode item) drafts.Add(ReadEntry(item, where));
            else Error(list.Children[i], where, "expected a map with 'set' and 'file'");
        }
        return drafts.ToImmutable();
    }

    private SeriesDraft ReadEntry(YamlMappingNode item, string where)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in item.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            var key = SeriesKeys.All.FirstOrDefault(k => k.Name == name);
            if (key is null)
            {
                Error(keyNode, $"{where}.{name}", KeySuggestions.Unknown("key", name, [.. SeriesKeys.All.Select(k => k.Name)]));
                continue;
            }
            locations[name] = SourceLocation.Of(file, value);
            if (key.Kind == "map")
            {
                if (value is not YamlMappingNode map)
                {
                    Error(value, $"{where}.{name}", "expected a map of column → value, e.g. {partner: CHN, basis: national}");
                    continue;
                }
                foreach (var (column, wanted) in map.Children)
                {
                    if (column is YamlScalarNode { Value: { Length: > 0 } c } && wanted is YamlScalarNode { Value: { } w })
                    {
                        filter = filter.SetItem(c, w.Trim());
                        locations[$"{name}.{c}"] = SourceLocation.Of(file, wanted);
                    }
                    else Error(column, $"{where}.{name}", "expected column: value pairs of single words");
                }
                continue;
            }
            if (value is not YamlScalarNode { Value: { Length: > 0 } text })
            {
                Error(value, $"{where}.{name}", $"expected {(key.Kind == "number" ? "a number" : "a single value")}");
                continue;
            }
            texts[name] = text.Trim();
        }

        var itemAt = SourceLocation.Of(file, item);
        foreach (var key in SeriesKeys.All.Where(k => k.Required && !texts.ContainsKey(k.Name)))
            errors.Add(itemAt.Error($"{where}.{key.Name}", $"missing required key '{key.Name}': {key.Doc}"));

        string Text(SeriesKey key) => texts.GetValueOrDefault(key.Name) ?? key.Default ?? "";
        SeriesRule Rule(SeriesKey key)
        {
            var word = Text(key);
            if (key.Words.Contains(word) && SeriesKeys.Rule(word) is { } rule) return rule;
            errors.Add(locations.GetValueOrDefault(key.Name, itemAt).Error($"{where}.{key.Name}",
                KeySuggestions.Unknown("rule", word, [.. key.Words])));
            return SeriesKeys.Rule(key.Default!)!.Value;
        }

        var scale = 1.0;
        if (texts.TryGetValue(SeriesKeys.Scale.Name, out var scaleText)
            && (!double.TryParse(scaleText, NumberStyles.Float, CultureInfo.InvariantCulture, out scale) || !double.IsFinite(scale)))
        {
            errors.Add(locations[SeriesKeys.Scale.Name].Error($"{where}.scale", $"expected a finite number, got '{scaleText}'"));
            scale = 1;
        }
        var spec = new SeriesSpec(Text(SeriesKeys.Set), Text(SeriesKeys.File), Text(SeriesKeys.Column), new ValueMap<string, string>(filter),
            Text(SeriesKeys.Time), texts.GetValueOrDefault(SeriesKeys.Unit.Name), scale, Rule(SeriesKeys.Between), Rule(SeriesKeys.Before),
            Rule(SeriesKeys.After), texts.GetValueOrDefault(SeriesKeys.Until.Name));
        return new SeriesDraft(where, spec, itemAt, new ValueMap<string, SourceLocation>(locations.ToImmutableSortedDictionary(StringComparer.Ordinal)));
    }

    private void Error(YamlNode node, string key, string message) => errors.Add(SourceLocation.Of(file, node).Error(key, message));
}
