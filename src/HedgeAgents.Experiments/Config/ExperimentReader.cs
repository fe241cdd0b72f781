using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Shocks;
using HedgeAgents.Experiments.Config.Sections;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config;

/// <summary>YAML nodes → draft records plus a <see cref="SourceMap"/>. It reports what only the file can show
/// (unknown keys, wrong types, missing or duplicate ids) and leaves ranges and cross-references to the validator,
/// which also sees values that came from <c>--set</c>.</summary>
/// <remarks>An entry whose identity is broken (no id, duplicate id) is dropped so that it does not trigger a cascade
/// of follow-up errors; every other problem keeps the entry with its default value, so later checks still run.</remarks>
internal sealed class ExperimentReader
{
    private readonly string _file;
    private readonly List<ConfigError> _errors;
    private readonly SourceMap _map;
    private readonly ImmutableArray<Leaf<ModelParameters>> _fixed;

    /// <summary>The parameters read so far; a section's entries are added to it.</summary>
    internal ModelParameters Parameters { get; set; }

    /// <summary>Creates a reader that adds its errors to <paramref name="errors"/> and positions to <paramref name="map"/>;
    /// <paramref name="shocks"/> are the shock kinds the file may set.</summary>
    public ExperimentReader(string file, List<ConfigError> errors, SourceMap map, ShockCatalog shocks)
    {
        Parameters = ParameterDefaults.Empty with { Shocks = ParameterDefaults.Empty.Shocks with { Catalog = shocks } };
        _fixed = ParameterSchema.FixedFor(shocks);
        _file = file;
        _errors = errors;
        _map = map;
    }

    /// <summary>Reads the document's root map.</summary>
    public ExperimentDraft Read(YamlNode root)
    {
        var header = ExperimentHeader.Default;
        var events = ImmutableArray<EventDraft>.Empty;
        var series = ImmutableArray<Series.SeriesDraft>.Empty;
        if (root is not YamlMappingNode top)
        {
            Error(root, "file", "an experiment file is a map of keys (name, actors, relations, ...); start from a file in experiments/");
            return new ExperimentDraft(header, Parameters, events);
        }
        var sections = new Dictionary<string, (YamlScalarNode Key, YamlNode Value)>();
        Sweeps.SweepSpec? sweep = null;
        var plots = ImmutableArray<Plots.PlotSpec>.Empty;
        foreach (var (keyNode, value) in Entries(top, ""))
        {
            var key = keyNode.Value!;
            var leaf = ParameterSchema.Header.FirstOrDefault(l => l.Key == key);
            if (leaf is not null) header = ReadLeaf(leaf, header, value, key);
            else if (ConfigSections.Keys.Contains(key)) sections[key] = (keyNode, value);
            else if (key == "sweep") sweep = new Sweeps.SweepReader(_file, _errors, _map).Read(value);
            else if (key == "plots") plots = new Plots.PlotsReader(_file, _errors, _map).Read(value);
            else Error(keyNode, key, KeySuggestions.Unknown("key", key, [.. ParameterSchema.Header.Select(l => l.Key), .. ConfigSections.Keys, "sweep", "plots"]));
        }
        if (!sections.ContainsKey("actors")) Error(top, "actors", "missing required key 'actors' (a list of actors with id and kind)");

        foreach (var section in ConfigSections.All)
        {
            if (!sections.TryGetValue(section.Key, out var entry)) continue;
            _map.Record(section.Key, entry.Key);
            switch (section)
            {
                case EntitySection list:
                    ReadList(entry.Value, section.Key, (item, where) => list.Read(this, item, where));
                    break;
                case FixedSection:
                    if (Map(entry.Value, section.Key) is { } map) ReadFixed(map, section.Key);
                    break;
                case SeriesSection:
                    series = new Series.SeriesReader(_file, _errors).Read(entry.Value);
                    break;
                default:
                    var builder = ImmutableArray.CreateBuilder<EventDraft>();
                    ReadList(entry.Value, section.Key, (item, path) => builder.Add(ReadEvent(item, path)));
                    events = builder.ToImmutable();
                    break;
            }
        }
        return new ExperimentDraft(header, Parameters, events, sweep, plots) { Series = series };
    }

    /// <summary>Reads an actor's <c>learning</c> block.</summary>
    internal LearningSpec ReadLearning(YamlMappingNode node, string prefix)
    {
        var rule = LearningSpec.Default.Rule;
        if (Child(node, "rule") is { } ruleNode && Word(ruleNode, $"{prefix}.rule") is { } word)
        {
            rule = word;
            _map.Record($"{prefix}.rule", ruleNode);
        }
        var spec = new LearningSpec(rule, ImmutableSortedDictionary<string, string>.Empty);
        foreach (var (key, value) in Entries(node, prefix))
        {
            var name = key.Value!;
            if (name == "rule") continue;
            var path = $"{prefix}.{name}";
            if (Value(value, path) is not { } v) continue;
            if (LearningOptions.TryStore(rule, name, v, out var text, out var error))
            {
                spec = spec.With(name, text);
                _map.Record(path, value);
            }
            else Error(LearningOptions.Factory(rule)?.Options.Any(o => o.Name == name) == true ? value : key, path, error);
        }
        return LearningOptions.Normalize(spec);
    }

    private EventDraft ReadEvent(YamlMappingNode item, string where)
    {
        ParameterValue? at = null;
        var atLocation = SourceLocation.Of(_file, item);
        var label = "";
        var set = ImmutableArray.CreateBuilder<LocatedAssignment>();
        var setLocation = atLocation;
        foreach (var (key, value) in Entries(item, where))
        {
            switch (key.Value)
            {
                case "at":
                    at = Value(value, $"{where}.at");
                    atLocation = SourceLocation.Of(_file, value);
                    break;
                case "label":
                    label = Word(value, $"{where}.label") ?? "";
                    break;
                case "set":
                    setLocation = SourceLocation.Of(_file, key);
                    if (Map(value, $"{where}.set") is { } map) ReadAssignments(map, "", set);
                    break;
                default:
                    Error(key, $"{where}.{key.Value}", KeySuggestions.Unknown("key", key.Value!, ["at", "label", "set"]));
                    break;
            }
        }
        if (Child(item, "at") is null) Error(item, $"{where}.at", "missing required key 'at' (a round, or a period label like 2022Q1)");
        if (Child(item, "set") is null) Error(item, $"{where}.set", "missing required key 'set' (a map of parameter paths to values)");
        return new EventDraft(where, at, atLocation, label, set.ToImmutable(), setLocation);
    }

    // Nested maps under set: are flattened, so `shocks: {sanctions: {hazard: 0.3}}` means `shocks.sanctions.hazard: 0.3`.
    private void ReadAssignments(YamlMappingNode map, string prefix, ImmutableArray<LocatedAssignment>.Builder set)
    {
        foreach (var (key, value) in Entries(map, prefix))
        {
            var path = prefix.Length == 0 ? key.Value! : $"{prefix}.{key.Value}";
            if (value is YamlMappingNode nested) ReadAssignments(nested, path, set);
            else if (Value(value, path) is { } v) set.Add(new(new ParameterAssignment(path, v), SourceLocation.Of(_file, key)));
        }
    }

    private void ReadFixed(YamlMappingNode map, string prefix)
    {
        var isShockKind = prefix.StartsWith("shocks.", StringComparison.Ordinal) && prefix.Count(c => c == '.') == 1;
        foreach (var (keyNode, value) in Entries(map, prefix))
        {
            var path = $"{prefix}.{keyNode.Value}";
            var leaf = _fixed.FirstOrDefault(l => l.Key == path);
            if (leaf is not null)
            {
                Parameters = ReadLeaf(leaf, Parameters, value, path);
            }
            else if (isShockKind && keyNode.Value == "by")
            {
                _map.Record(path, keyNode);
                if (Map(value, path) is { } by) ReadBy(by, prefix["shocks.".Length..], path);
            }
            else if (_fixed.Any(l => l.Key.StartsWith(path + ".", StringComparison.Ordinal)))
            {
                _map.Record(path, keyNode);
                if (Map(value, path) is { } nested) ReadFixed(nested, path);
            }
            else
            {
                var options = _fixed.Select(l => l.Key).Where(k => k.StartsWith(prefix + ".", StringComparison.Ordinal))
                    .Select(k => k[(prefix.Length + 1)..].Split('.')[0]).Distinct().ToList();
                if (isShockKind) options.Add("by");
                Error(keyNode, path, KeySuggestions.Unknown("key", keyNode.Value!, options));
            }
        }
    }

    private void ReadBy(YamlMappingNode map, string kind, string prefix)
    {
        var by = ShockBy.Get(Parameters.Shocks, kind);
        foreach (var (key, value) in Entries(map, prefix))
        {
            var path = $"{prefix}.{key.Value}";
            if (Value(value, path) is not { } v) continue;
            if (!LeafCoercion.TryCoerce(LeafKind.Number, [], v, out var typed, out var error))
            {
                Error(value, path, error);
                continue;
            }
            by = by.SetItem(key.Value!, typed.Number);
            _map.Record(path, value);
        }
        Parameters = Parameters with { Shocks = ShockBy.Set(Parameters.Shocks, kind, by) };
    }

    /// <summary>Reads the leaves of a list entry, skipping <paramref name="extraKeys"/>, and reports missing required leaves.</summary>
    internal T ReadEntity<T>(YamlMappingNode item, string prefix, T entity, ImmutableArray<Leaf<T>> leaves, ImmutableArray<string> extraKeys)
    {
        foreach (var (key, value) in Entries(item, prefix))
        {
            var name = key.Value!;
            if (extraKeys.Contains(name)) continue;
            var leaf = leaves.FirstOrDefault(l => l.Key == name);
            if (leaf is null) Error(key, $"{prefix}.{name}", KeySuggestions.Unknown("key", name, [.. extraKeys, .. leaves.Select(l => l.Key)]));
            else entity = ReadLeaf(leaf, entity, value, $"{prefix}.{name}");
        }
        foreach (var leaf in leaves.Where(l => l.Required && Child(item, l.Key) is null))
            Error(item, $"{prefix}.{leaf.Key}", $"missing required key '{leaf.Key}' ({leaf.Doc})");
        return entity;
    }

    private T ReadLeaf<T>(Leaf<T> leaf, T item, YamlNode node, string path)
    {
        if (Value(node, path) is not { } value) return item;
        if (!leaf.TryCoerce(value, out var typed, out var error))
        {
            Error(node, path, error);
            return item;
        }
        _map.Record(path, node);
        return leaf.Set(item, typed);
    }

    /// <summary>Reads and checks an entry's id (the route rule or the actor rule); null when missing or malformed.</summary>
    internal string? ReadId(YamlMappingNode item, string where, string key, string section, bool isRoute)
    {
        var node = Child(item, key);
        if (node is null)
        {
            Error(item, $"{where}.{key}", $"missing required key '{key}'");
            return null;
        }
        var id = Word(node, $"{where}.{key}");
        if (id is null) return null;
        var valid = isRoute ? ParameterValidator.IsRouteId(id) : ParameterValidator.IsActorId(id);
        if (!valid)
        {
            Error(node, $"{where}.{key}", isRoute
                ? $"'{id}' is not a valid route id: a letter, then letters, digits, _ or -"
                : $"'{id}' is not a valid id: a letter, then letters, digits or _");
            return null;
        }
        _map.Set($"{section}.{id}.{key}", SourceLocation.Of(_file, node));
        return id;
    }

    /// <summary>Reads the two identity keys of a pair entry; null when either is missing or malformed.</summary>
    internal (string, string)? Pair(YamlMappingNode item, string where, string first, string second)
    {
        var a = Child(item, first);
        var b = Child(item, second);
        if (a is null) Error(item, $"{where}.{first}", $"missing required key '{first}'");
        if (b is null) Error(item, $"{where}.{second}", $"missing required key '{second}'");
        if (a is null || b is null) return null;
        var x = Word(a, $"{where}.{first}");
        var y = Word(b, $"{where}.{second}");
        return x is null || y is null ? null : (x, y);
    }

    /// <summary>Records where a path is in the file.</summary>
    internal void Record(string path, YamlNode node) => _map.Record(path, node);

    private void ReadList(YamlNode node, string section, Action<YamlMappingNode, string> read)
    {
        if (node is YamlScalarNode { Value: null or "" }) return;
        if (node is not YamlSequenceNode list)
        {
            Error(node, section, $"expected a list ('- ' items) under '{section}'");
            return;
        }
        for (var i = 0; i < list.Children.Count; i++)
        {
            var where = $"{section}[{i}]";
            if (list.Children[i] is YamlMappingNode item) read(item, where);
            else Error(list.Children[i], where, "expected a map of keys for this item");
        }
    }

    /// <summary>The node as a map, or null (reported unless empty).</summary>
    internal YamlMappingNode? Map(YamlNode node, string path)
    {
        if (node is YamlMappingNode map) return map;
        if (node is YamlScalarNode { Value: null or "" }) return null;
        Error(node, path, "expected a map of keys");
        return null;
    }

    /// <summary>The node as a value, or null (reported).</summary>
    internal ParameterValue? Value(YamlNode node, string path)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return ParameterValue.FromScalar(scalar.Value ?? "", scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
            case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode):
                return ParameterValue.Of(list.Children.Cast<YamlScalarNode>().Select(c => c.Value ?? ""));
            default:
                Error(node, path, node is YamlMappingNode ? "expected a value, got a map" : "expected a list of words, got nested lists");
                return null;
        }
    }

    /// <summary>The node as a single word, or null (reported).</summary>
    internal string? Word(YamlNode node, string path)
    {
        if (Value(node, path) is not { } value) return null;
        if (value.Kind != ParameterValueKind.List) return value.Text.Trim();
        Error(node, path, $"expected a single value, got the list {value.Text}");
        return null;
    }

    private IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries(YamlMappingNode map, string path)
    {
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: not null } scalar) yield return (scalar, value);
            else Error(key, path, "keys must be plain words");
        }
    }

    /// <summary>The value of a key of a map, or null.</summary>
    internal static YamlNode? Child(YamlMappingNode map, string key) => Entry(map, key)?.Value;

    /// <summary>A key of a map with its value, or null.</summary>
    internal static (YamlScalarNode Key, YamlNode Value)? Entry(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
            if (k is YamlScalarNode { Value: var name } scalar && name == key) return (scalar, v);
        return null;
    }

    /// <summary>Reports an error at a node.</summary>
    internal void Error(YamlNode node, string key, string message) => _errors.Add(SourceLocation.Of(_file, node).Error(key, message));
}
