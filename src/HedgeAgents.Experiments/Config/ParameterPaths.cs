using System.Collections.Immutable;
using HedgeAgents.Core.Collections;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Experiments.Config;

/// <summary>Every scalar parameter has a dotted path (<c>actors.KAZ.openness</c>, <c>shocks.coercion.by.RUS</c>):
/// events and <c>--set</c> assign through it, and describe lists every path with its value.</summary>
/// <remarks>Apply only checks that the path names something and that the value has the right type; ranges and ids
/// are the <see cref="ParameterValidator"/>'s job, so a whole event can be applied before it is judged.</remarks>
public static class ParameterPaths
{
    // The sections a path can start with: every section of the file but the events.
    private static readonly ImmutableArray<string> ModelSections = [.. ParameterSchema.Sections.Where(x => x != "events")];

    /// <summary>Every scalar path of the experiment with its value, in config order: settings, then the model.</summary>
    public static IReadOnlyList<(string Path, string Value)> Describe(ExperimentConfig config) =>
        [.. Explain(config).Select(e => (e.Path, e.Value))];

    /// <summary>Every scalar path of a parameter set with its value, in config order.</summary>
    /// <remarks>Learning options are listed with the value in force, default or not, so the list is complete.</remarks>
    public static IReadOnlyList<(string Path, string Value)> Describe(ModelParameters parameters) =>
        [.. Explain(parameters).Select(e => (e.Path, e.Value))];

    /// <summary>What <see cref="Describe(ExperimentConfig)"/> lists, path for path, with each parameter's unit, range and
    /// meaning from the same tables the reader, the schema and the reference page use.</summary>
    public static IReadOnlyList<ParameterExplanation> Explain(ExperimentConfig config)
    {
        var header = config.Header;
        var lines = ParameterSchema.Header.Select(l => Of(l, l.Key, header)).ToList();
        lines.AddRange(Explain(config.Initial));
        return lines;
    }

    /// <summary>What <see cref="Describe(ModelParameters)"/> lists, with unit, range and meaning.</summary>
    public static IReadOnlyList<ParameterExplanation> Explain(ModelParameters parameters)
    {
        var lines = new List<ParameterExplanation>();
        void Leaves<T>(ImmutableArray<Leaf<T>> leaves, T item, string prefix)
        {
            foreach (var leaf in leaves) lines.Add(Of(leaf, $"{prefix}.{leaf.Key}", item));
        }

        foreach (var a in parameters.Actors)
        {
            Leaves(ParameterSchema.Actor, a, $"actors.{a.Id}");
            if (!a.Chooses) continue;
            lines.Add(new($"actors.{a.Id}.learning.rule", a.Learning.Rule, "",
                "one of " + string.Join(", ", HedgeAgents.Core.Learning.LearningRules.Registry.Names),
                "the learning rule; changing it resets its options"));
            var factory = LearningOptions.Factory(a.Learning.Rule);
            foreach (var (name, value) in LearningOptions.Effective(a.Learning))
            {
                var option = factory?.Options.FirstOrDefault(o => o.Name == name);
                lines.Add(new($"actors.{a.Id}.learning.{name}", value, "", option is null ? "" : OptionRange(option),
                    option is null ? "an option of the rule" : $"{a.Learning.Rule}: {option.Description}"));
            }
        }
        foreach (var r in parameters.Relations) Leaves(ParameterSchema.Relation, r, $"relations.{r.From}.{r.To}");
        foreach (var r in parameters.Rivalries) Leaves(ParameterSchema.Rivalry, r, $"rivalries.{r.A}.{r.B}");
        foreach (var t in parameters.Threats) Leaves(ParameterSchema.Threat, t, $"threats.{t.From}.{t.To}");
        var fixedLeaves = ParameterSchema.FixedFor(parameters.Shocks.Catalog);
        foreach (var leaf in fixedLeaves.Where(l => !l.Key.StartsWith("shocks.", StringComparison.Ordinal)))
            lines.Add(Of(leaf, leaf.Key, parameters));
        foreach (var leaf in fixedLeaves.Where(l => l.Key.StartsWith("shocks.", StringComparison.Ordinal) && l.Key.Count(c => c == '.') == 1))
            lines.Add(Of(leaf, leaf.Key, parameters));
        foreach (var kind in parameters.Shocks.Catalog.Names)
        {
            foreach (var leaf in fixedLeaves.Where(l => l.Key.StartsWith($"shocks.{kind}.", StringComparison.Ordinal)))
                lines.Add(Of(leaf, leaf.Key, parameters));
            foreach (var (id, x) in ShockBy.Get(parameters.Shocks, kind))
                lines.Add(new($"shocks.{kind}.by.{id}", ValueText.Format(x), "×", Bounds.NonNegative.ToString(),
                    $"multiplier on the {kind} hazard from this actor"));
        }
        foreach (var r in parameters.Routes) Leaves(ParameterSchema.Route, r, $"routes.{r.Id}");
        foreach (var d in parameters.Demand) Leaves(ParameterSchema.Demand, d, $"demand.{d.Actor}.{d.Partner}");
        foreach (var c in parameters.Coalitions) Leaves(ParameterSchema.Coalition, c, $"coalitions.{c.Id}");
        return lines;
    }

    private static ParameterExplanation Of<T>(Leaf<T> leaf, string path, T item) =>
        new(path, leaf.Get(item).ToString(), leaf.Unit, RangeText(leaf.Kind, leaf.Range, leaf.Allowed), leaf.Doc);

    /// <summary>The values a kind of parameter allows, as <c>describe --explain</c> and the reference page word them.</summary>
    internal static string RangeText(LeafKind kind, Bounds range, ImmutableArray<string> allowed) => kind switch
    {
        LeafKind.Number or LeafKind.Integer => range.ToString(),
        LeafKind.Seed => "0 to 2^64−1",
        LeafKind.Choice => "one of " + string.Join(", ", allowed),
        LeafKind.Bool => "true or false",
        _ => LeafCoercion.Describe(kind),
    };

    private static string OptionRange(HedgeAgents.Core.Learning.LearningOption option) => option.Kind switch
    {
        HedgeAgents.Core.Learning.OptionKind.Number => new Bounds(option.Min, option.Max).ToString(),
        HedgeAgents.Core.Learning.OptionKind.Choice => "one of " + string.Join(", ", option.Allowed ?? []),
        _ => "an action of the actor",
    };

    /// <summary>Whether a path names a top-level experiment setting (<c>rounds</c>, <c>seed</c>, …) rather than a model parameter.</summary>
    public static bool IsExperimentSetting(string path) => ParameterSchema.Header.Any(l => l.Key == path);

    /// <summary>Applies a whole <c>set:</c> map. Rule changes go first, because changing an actor's rule resets its
    /// options, and the options written next to it are meant for the new rule.</summary>
    public static ModelParameters ApplyAll(ModelParameters parameters, IEnumerable<ParameterAssignment> set) =>
        set.OrderBy(a => IsRulePath(a.Path) ? 0 : 1).Aggregate(parameters, Apply);

    /// <summary>A copy of the parameters with one path set.</summary>
    /// <exception cref="ParameterPathException">The path names nothing (with the nearest valid key), names an
    /// experiment setting, a relation that does not exist, or the value has the wrong type.</exception>
    public static ModelParameters Apply(ModelParameters parameters, ParameterAssignment assignment)
    {
        var path = assignment.Path.Trim();
        var value = assignment.Value;
        var s = path.Split('.');
        if (IsExperimentSetting(path))
            throw new ParameterPathException(path,
                $"'{path}' is an experiment setting, not a model parameter: it cannot change during a run (set it at the top level or with --set)");
        switch (s[0])
        {
            case "actors":
                return SetActor(parameters, path, s, value);
            case "relations":
            {
                Expect(path, s, 4, "relations.<FROM>.<TO>.<key>");
                var i = IndexWhere(parameters.Relations, r => r.From == s[1] && r.To == s[2]);
                if (i < 0)
                {
                    RequireActor(parameters, path, s[1]);
                    RequireActor(parameters, path, s[2]);
                    throw new ParameterPathException(path,
                        $"there is no relation {s[1]} -> {s[2]}; add it under 'relations' in the file before setting its parameters");
                }
                var updated = SetLeaf(ParameterSchema.Relation, parameters.Relations[i], s[3], value, path);
                return parameters with { Relations = parameters.Relations.SetItem(i, updated) };
            }
            case "rivalries":
            {
                Expect(path, s, 4, "rivalries.<A>.<B>.intensity");
                return parameters with
                {
                    Rivalries = Upsert(parameters.Rivalries, r => (r.A == s[1] && r.B == s[2]) || (r.A == s[2] && r.B == s[1]),
                        () => ParameterDefaults.Rivalry(s[1], s[2]), r => SetLeaf(ParameterSchema.Rivalry, r, s[3], value, path)),
                };
            }
            case "threats":
            {
                Expect(path, s, 4, "threats.<FROM>.<TO>.<key>");
                return parameters with
                {
                    Threats = Upsert(parameters.Threats, t => t.From == s[1] && t.To == s[2],
                        () => ParameterDefaults.Threat(s[1], s[2]), t => SetLeaf(ParameterSchema.Threat, t, s[3], value, path)),
                };
            }
            case "routes":
            {
                Expect(path, s, 3, "routes.<ID>.<key>");
                var i = IndexWhere(parameters.Routes, r => r.Id == s[1]);
                if (i < 0)
                    throw new ParameterPathException(path, KeySuggestions.Unknown("route id", s[1], parameters.Routes.Select(r => r.Id).ToList())
                                                           + "; routes are added under 'routes' in the file");
                var updated = SetLeaf(ParameterSchema.Route, parameters.Routes[i], s[2], value, path);
                return parameters with { Routes = parameters.Routes.SetItem(i, updated) };
            }
            case "demand":
            {
                Expect(path, s, 4, "demand.<ACTOR>.<PARTNER>.volume");
                return parameters with
                {
                    Demand = Upsert(parameters.Demand, d => d.Actor == s[1] && d.Partner == s[2],
                        () => ParameterDefaults.Demand(s[1], s[2]), d => SetLeaf(ParameterSchema.Demand, d, s[3], value, path)),
                };
            }
            case "coalitions":
            {
                Expect(path, s, 3, "coalitions.<ID>.<key>");
                var i = IndexWhere(parameters.Coalitions, c => c.Id == s[1]);
                if (i < 0)
                    throw new ParameterPathException(path, KeySuggestions.Unknown("coalition id", s[1], parameters.Coalitions.Select(c => c.Id).ToList())
                                                           + "; coalitions are added under 'coalitions' in the file");
                var updated = SetLeaf(ParameterSchema.Coalition, parameters.Coalitions[i], s[2], value, path);
                return parameters with { Coalitions = parameters.Coalitions.SetItem(i, updated) };
            }
            case "shocks" when s.Length >= 3 && s[2] == "by" && parameters.Shocks.Catalog.Find(s[1]) is not null:
            {
                Expect(path, s, 4, $"shocks.{s[1]}.by.<ID>");
                var typed = Coerce(LeafKind.Number, value, path);
                var by = ShockBy.Get(parameters.Shocks, s[1]).SetItem(s[3], typed.Number);
                return parameters with { Shocks = ShockBy.Set(parameters.Shocks, s[1], by) };
            }
            case "strategies" or "insurance" or "shocks":
            {
                var fixedLeaves = ParameterSchema.FixedFor(parameters.Shocks.Catalog);
                var leaf = fixedLeaves.FirstOrDefault(l => l.Key == path);
                if (leaf is null)
                {
                    var candidates = fixedLeaves.Select(l => l.Key)
                        .Concat(parameters.Shocks.Catalog.Names.Select(k => $"shocks.{k}.by.<ID>"));
                    throw new ParameterPathException(path, UnknownSegment(s, candidates));
                }
                return leaf.Set(parameters, Coerce(leaf, value, path));
            }
            default:
                throw new ParameterPathException(path, UnknownSegment(s, ModelSections.Select(x => x + ".<…>")
                    .Concat(ParameterSchema.Header.Select(l => l.Key))));
        }
    }

    /// <summary>A copy of the settings with one top-level path set (only <c>--set</c> may do this).</summary>
    internal static ExperimentHeader ApplyHeader(ExperimentHeader header, ParameterAssignment assignment)
    {
        var path = assignment.Path.Trim();
        var leaf = ParameterSchema.Header.FirstOrDefault(l => l.Key == path)
                   ?? throw new ParameterPathException(path, KeySuggestions.Unknown("setting", path, ParameterSchema.Header.Select(l => l.Key).ToList()));
        return leaf.Set(header, Coerce(leaf, assignment.Value, path));
    }

    // Paths may name an entry the file did not list (a rivalry, threat or demand): it is created from its defaults.
    private static ValueArray<T> Upsert<T>(ValueArray<T> items, Func<T, bool> match, Func<T> create, Func<T, T> update)
    {
        var i = IndexWhere(items, match);
        return i < 0 ? items.Add(update(create())) : items.SetItem(i, update(items[i]));
    }

    private static int IndexWhere<T>(ValueArray<T> items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Length; i++)
            if (match(items[i])) return i;
        return -1;
    }

    /// <summary>Whether a path sets an actor's learning rule (applied before the other assignments of an event).</summary>
    internal static bool IsRulePath(string path)
    {
        var s = path.Trim().Split('.');
        return s.Length == 4 && s[0] == "actors" && s[2] == "learning" && s[3] == "rule";
    }

    private static ModelParameters SetActor(ModelParameters parameters, string path, string[] s, ParameterValue value)
    {
        if (s.Length < 3) throw new ParameterPathException(path, "incomplete path; expected actors.<ID>.<key>");
        var i = RequireActor(parameters, path, s[1]);
        var actor = parameters.Actors[i];
        if (s[2] != "learning")
        {
            Expect(path, s, 3, "actors.<ID>.<key>");
            return parameters with { Actors = parameters.Actors.SetItem(i, SetLeaf(ParameterSchema.Actor, actor, s[2], value, path, "learning")) };
        }
        Expect(path, s, 4, "actors.<ID>.learning.<rule or option>");
        if (!actor.Chooses)
            throw new ParameterPathException(path, $"'{actor.Id}' is a partner: partners do not choose, so they take no learning rule");
        LearningSpec learning;
        if (s[3] == "rule")
        {
            var rule = Coerce(LeafKind.Text, value, path).Text;
            if (LearningOptions.Factory(rule) is null)
                throw new ParameterPathException(path, KeySuggestions.Unknown("learning rule", rule, HedgeAgents.Core.Learning.LearningRules.Registry.Names.ToList()));
            // Options belong to a rule: a new rule starts from its own defaults.
            learning = rule == actor.Learning.Rule ? actor.Learning : new LearningSpec(rule, ImmutableSortedDictionary<string, string>.Empty);
        }
        else
        {
            if (!LearningOptions.TryStore(actor.Learning.Rule, s[3], value, out var text, out var error))
                throw new ParameterPathException(path, error);
            learning = LearningOptions.Normalize(actor.Learning.With(s[3], text));
        }
        return parameters with { Actors = parameters.Actors.SetItem(i, actor with { Learning = learning }) };
    }

    private static int RequireActor(ModelParameters parameters, string path, string id)
    {
        var i = IndexWhere(parameters.Actors, a => a.Id == id);
        if (i < 0) throw new ParameterPathException(path, KeySuggestions.Unknown("actor id", id, parameters.Actors.Select(a => a.Id).ToList()));
        return i;
    }

    private static void Expect(string path, string[] s, int count, string template)
    {
        if (s.Length != count) throw new ParameterPathException(path, $"expected a path of the form {template}");
    }

    private static T SetLeaf<T>(ImmutableArray<Leaf<T>> leaves, T item, string key, ParameterValue value, string path, params string[] extraKeys)
    {
        var leaf = leaves.FirstOrDefault(l => l.Key == key)
                   ?? throw new ParameterPathException(path, KeySuggestions.Unknown("key", key, leaves.Select(l => l.Key).Concat(extraKeys).ToList()));
        return leaf.Set(item, Coerce(leaf, value, path));
    }

    private static ParameterValue Coerce<T>(Leaf<T> leaf, ParameterValue value, string path) =>
        leaf.TryCoerce(value, out var typed, out var error) ? typed : throw new ParameterPathException(path, error);

    private static ParameterValue Coerce(LeafKind kind, ParameterValue value, string path) =>
        LeafCoercion.TryCoerce(kind, [], value, out var typed, out var error) ? typed : throw new ParameterPathException(path, error);

    // Walks the path segment by segment against the valid paths and names the first segment that matches none.
    private static string UnknownSegment(string[] segments, IEnumerable<string> validPaths)
    {
        var valid = validPaths.Select(p => p.Split('.')).ToList();
        for (var i = 0; i < segments.Length; i++)
        {
            var options = valid.Where(v => v.Length > i).Select(v => v[i]).Distinct().ToList();
            if (options.Contains(segments[i]) || options.Any(o => o.StartsWith('<')))
            {
                valid = valid.Where(v => v.Length > i && (v[i] == segments[i] || v[i].StartsWith('<'))).ToList();
                continue;
            }
            return options.Count == 0
                ? $"path is too long: '{string.Join('.', segments[..i])}' is already a complete path"
                : KeySuggestions.Unknown("key", segments[i], options);
        }
        var next = valid.Where(v => v.Length > segments.Length).Select(v => v[segments.Length]).Distinct();
        return $"incomplete path; continue with one of: {string.Join(", ", next)}";
    }
}
