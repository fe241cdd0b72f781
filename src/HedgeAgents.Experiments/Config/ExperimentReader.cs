using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Shocks;
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
    private static readonly ImmutableArray<string> Kinds = ["middle", "great", "partner"];
    private readonly string _file;
    private readonly List<ConfigError> _errors;
    private readonly SourceMap _map;
    private readonly ImmutableArray<Leaf<ModelParameters>> _fixed;
    private ModelParameters _parameters;

    /// <summary>Creates a reader that adds its errors to <paramref name="errors"/> and positions to <paramref name="map"/>;
    /// <paramref name="shocks"/> are the shock kinds the file may set.</summary>
    public ExperimentReader(string file, List<ConfigError> errors, SourceMap map, ShockCatalog shocks)
    {
        _parameters = ParameterDefaults.Empty with { Shocks = ParameterDefaults.Empty.Shocks with { Catalog = shocks } };
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
        if (root is not YamlMappingNode top)
        {
            Error(root, "file", "an experiment file is a map of keys (name, actors, relations, ...); start from a file in experiments/");
            return new ExperimentDraft(header, _parameters, events);
        }
        var sections = new Dictionary<string, (YamlScalarNode Key, YamlNode Value)>();
        Sweeps.SweepSpec? sweep = null;
        var plots = ImmutableArray<Plots.PlotSpec>.Empty;
        foreach (var (keyNode, value) in Entries(top, ""))
        {
            var key = keyNode.Value!;
            var leaf = ParameterSchema.Header.FirstOrDefault(l => l.Key == key);
            if (leaf is not null) header = ReadLeaf(leaf, header, value, key);
            else if (ParameterSchema.Sections.Contains(key)) sections[key] = (keyNode, value);
            else if (key == "sweep") sweep = new Sweeps.SweepReader(_file, _errors, _map).Read(value);
            else if (key == "plots") plots = new Plots.PlotsReader(_file, _errors, _map).Read(value);
            else Error(keyNode, key, KeySuggestions.Unknown("key", key, [.. ParameterSchema.Header.Select(l => l.Key), .. ParameterSchema.Sections, "sweep", "plots"]));
        }
        if (!sections.ContainsKey("actors")) Error(top, "actors", "missing required key 'actors' (a list of actors with id and kind)");

        foreach (var section in ParameterSchema.Sections)
        {
            if (!sections.TryGetValue(section, out var entry)) continue;
            _map.Record(section, entry.Key);
            switch (section)
            {
                case "actors": ReadList(entry.Value, section, ReadActor); break;
                case "relations": ReadList(entry.Value, section, ReadRelation); break;
                case "rivalries": ReadList(entry.Value, section, ReadRivalry); break;
                case "threats": ReadList(entry.Value, section, ReadThreat); break;
                case "routes": ReadList(entry.Value, section, ReadRoute); break;
                case "demand": ReadList(entry.Value, section, ReadDemand); break;
                case "coalitions": ReadList(entry.Value, section, ReadCoalition); break;
                case "events":
                    var builder = ImmutableArray.CreateBuilder<EventDraft>();
                    ReadList(entry.Value, section, (item, path) => builder.Add(ReadEvent(item, path)));
                    events = builder.ToImmutable();
                    break;
                default:
                    if (Map(entry.Value, section) is { } map) ReadFixed(map, section);
                    break;
            }
        }
        return new ExperimentDraft(header, _parameters, events, sweep, plots);
    }

    private void ReadActor(YamlMappingNode item, string where)
    {
        var id = ReadId(item, where, "id", "actors");
        if (id is null) return;
        var prefix = $"actors.{id}";
        if (_parameters.Actor(id) is not null)
        {
            Error(Child(item, "id")!, $"{prefix}.id", $"duplicate actor id '{id}'");
            return;
        }
        var kind = ActorKind.Middle;
        var kindNode = Child(item, "kind");
        if (kindNode is null) Error(item, $"{prefix}.kind", "missing required key 'kind' (middle, great or partner)");
        else if (Word(kindNode, $"{prefix}.kind") is { } word)
        {
            if (Kinds.Contains(word)) kind = Enum.Parse<ActorKind>(word, ignoreCase: true);
            else Error(kindNode, $"{prefix}.kind", KeySuggestions.Unknown("kind", word, Kinds));
        }
        var actor = ParameterDefaults.Actor(id, kind);
        _map.Record(prefix, item);
        actor = ReadEntity(item, prefix, actor, ParameterSchema.Actor, ["id", "kind", "learning"]);
        if (Entry(item, "learning") is var (learningKey, learningValue))
        {
            if (kind == ActorKind.Partner) Error(learningKey, $"{prefix}.learning", "partners do not choose, so they take no learning rule");
            else if (Map(learningValue, $"{prefix}.learning") is { } learning) actor = actor with { Learning = ReadLearning(learning, $"{prefix}.learning") };
        }
        _parameters = _parameters with { Actors = _parameters.Actors.Add(actor) };
    }

    private LearningSpec ReadLearning(YamlMappingNode node, string prefix)
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

    private void ReadRelation(YamlMappingNode item, string where)
    {
        if (Pair(item, where, "from", "to") is not var (from, to)) return;
        var prefix = $"relations.{from}.{to}";
        if (_parameters.Relations.Any(r => r.From == from && r.To == to))
        {
            Error(item, prefix, $"duplicate relation {from} -> {to}");
            return;
        }
        RecordPair(item, prefix, "from", "to");
        var relation = ReadEntity(item, prefix, ParameterDefaults.Relation(from, to), ParameterSchema.Relation, ["from", "to"]);
        _parameters = _parameters with { Relations = _parameters.Relations.Add(relation) };
    }

    private void ReadRivalry(YamlMappingNode item, string where)
    {
        var between = Child(item, "between");
        if (between is null)
        {
            Error(item, $"{where}.between", "missing required key 'between' (two great powers, e.g. [RUS, EUR])");
            return;
        }
        if (Value(between, $"{where}.between") is not { } value) return;
        if (value.Kind != ParameterValueKind.List || value.Items.Length != 2)
        {
            Error(between, $"{where}.between", $"expected a list of two great powers like [RUS, EUR], got {LeafCoercion.Show(value)}");
            return;
        }
        var (a, b) = (value.Items[0].Trim(), value.Items[1].Trim());
        var prefix = $"rivalries.{a}.{b}";
        if (_parameters.Rivalries.Any(r => (r.A == a && r.B == b) || (r.A == b && r.B == a)))
        {
            Error(between, prefix, $"duplicate rivalry between {a} and {b}");
            return;
        }
        _map.Record(prefix, item);
        _map.Record($"{prefix}.between", between);
        var rivalry = ReadEntity(item, prefix, ParameterDefaults.Rivalry(a, b), ParameterSchema.Rivalry, ["between"]);
        _parameters = _parameters with { Rivalries = _parameters.Rivalries.Add(rivalry) };
    }

    private void ReadThreat(YamlMappingNode item, string where)
    {
        if (Pair(item, where, "from", "to") is not var (from, to)) return;
        var prefix = $"threats.{from}.{to}";
        if (_parameters.Threats.Any(t => t.From == from && t.To == to))
        {
            Error(item, prefix, $"duplicate threat {from} -> {to}");
            return;
        }
        RecordPair(item, prefix, "from", "to");
        var threat = ReadEntity(item, prefix, ParameterDefaults.Threat(from, to), ParameterSchema.Threat, ["from", "to"]);
        _parameters = _parameters with { Threats = _parameters.Threats.Add(threat) };
    }

    private void ReadRoute(YamlMappingNode item, string where)
    {
        var id = ReadId(item, where, "id", "routes");
        if (id is null) return;
        var prefix = $"routes.{id}";
        if (_parameters.Routes.Any(r => r.Id == id))
        {
            Error(Child(item, "id")!, $"{prefix}.id", $"duplicate route id '{id}'");
            return;
        }
        var actor = "";
        var actorNode = Child(item, "actor");
        if (actorNode is null) Error(item, $"{prefix}.actor", "missing required key 'actor' (whose flows use the route)");
        else if (Word(actorNode, $"{prefix}.actor") is { } word)
        {
            actor = word;
            _map.Record($"{prefix}.actor", actorNode);
        }
        _map.Record(prefix, item);
        var route = ReadEntity(item, prefix, ParameterDefaults.Route(id, actor), ParameterSchema.Route, ["id", "actor"]);
        _parameters = _parameters with { Routes = _parameters.Routes.Add(route) };
    }

    private void ReadDemand(YamlMappingNode item, string where)
    {
        if (Pair(item, where, "actor", "partner") is not var (actor, partner)) return;
        var prefix = $"demand.{actor}.{partner}";
        if (_parameters.Demand.Any(d => d.Actor == actor && d.Partner == partner))
        {
            Error(item, prefix, $"duplicate demand {actor} -> {partner}");
            return;
        }
        RecordPair(item, prefix, "actor", "partner");
        var demand = ReadEntity(item, prefix, ParameterDefaults.Demand(actor, partner), ParameterSchema.Demand, ["actor", "partner"]);
        _parameters = _parameters with { Demand = _parameters.Demand.Add(demand) };
    }

    // Members, cohesion and the cross-references (members exist, are middle powers, belong to one coalition) are the
    // validator's, because --set and events can change them too; only a duplicate id is the file's alone.
    private void ReadCoalition(YamlMappingNode item, string where)
    {
        var id = ReadId(item, where, "id", "coalitions");
        if (id is null) return;
        var prefix = $"coalitions.{id}";
        if (_parameters.Coalitions.Any(c => c.Id == id))
        {
            Error(Child(item, "id")!, $"{prefix}.id", $"duplicate coalition id '{id}'");
            return;
        }
        _map.Record(prefix, item);
        var coalition = ReadEntity(item, prefix, ParameterDefaults.Coalition(id), ParameterSchema.Coalition, ["id"]);
        // Without members (already reported as missing) there is no coalition; keeping an empty one would only add
        // the validator's "at least two members" to the same mistake.
        if (Child(item, "members") is null) return;
        _parameters = _parameters with { Coalitions = _parameters.Coalitions.Add(coalition) };
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
                _parameters = ReadLeaf(leaf, _parameters, value, path);
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
        var by = ShockBy.Get(_parameters.Shocks, kind);
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
        _parameters = _parameters with { Shocks = ShockBy.Set(_parameters.Shocks, kind, by) };
    }

    private T ReadEntity<T>(YamlMappingNode item, string prefix, T entity, ImmutableArray<Leaf<T>> leaves, ImmutableArray<string> extraKeys)
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

    private string? ReadId(YamlMappingNode item, string where, string key, string section)
    {
        var isRoute = section == "routes";
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

    private (string, string)? Pair(YamlMappingNode item, string where, string first, string second)
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

    private void RecordPair(YamlMappingNode item, string prefix, string first, string second)
    {
        _map.Record(prefix, item);
        _map.Record($"{prefix}.{first}", Child(item, first)!);
        _map.Record($"{prefix}.{second}", Child(item, second)!);
    }

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

    private YamlMappingNode? Map(YamlNode node, string path)
    {
        if (node is YamlMappingNode map) return map;
        if (node is YamlScalarNode { Value: null or "" }) return null;
        Error(node, path, "expected a map of keys");
        return null;
    }

    private ParameterValue? Value(YamlNode node, string path)
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

    private string? Word(YamlNode node, string path)
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

    private static YamlNode? Child(YamlMappingNode map, string key) => Entry(map, key)?.Value;

    private static (YamlScalarNode Key, YamlNode Value)? Entry(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
            if (k is YamlScalarNode { Value: var name } scalar && name == key) return (scalar, v);
        return null;
    }

    private void Error(YamlNode node, string key, string message) => _errors.Add(SourceLocation.Of(_file, node).Error(key, message));
}
