using System.Collections.Immutable;
using HedgeAgents.Core.Collections;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Experiments.Config.Sections;

namespace HedgeAgents.Experiments.Config;

/// <summary>Every scalar parameter has a dotted path (<c>actors.KAZ.openness</c>, <c>shocks.coercion.by.RUS</c>):
/// events and <c>--set</c> assign through it, and describe lists every path with its value.</summary>
/// <remarks>Apply only checks that the path names something and that the value has the right type; ranges and ids
/// are the <see cref="ParameterValidator"/>'s job, so a whole event can be applied before it is judged.</remarks>
public static class ParameterPaths
{
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
        foreach (var section in ConfigSections.Model)
        {
            lines.AddRange(section switch
            {
                EntitySection list => list.Explain(parameters),
                FixedSection map => map.Explain(parameters),
                _ => [],
            });
        }
        return lines;
    }

    /// <summary>A leaf's line of <c>describe --explain</c>.</summary>
    internal static ParameterExplanation Of<T>(Leaf<T> leaf, string path, T item) =>
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

    /// <summary>The values a learning option allows, as <c>describe --explain</c> words them.</summary>
    internal static string OptionRange(HedgeAgents.Core.Learning.LearningOption option) => option.Kind switch
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
        switch (ConfigSections.Model.FirstOrDefault(x => x.Key == s[0]))
        {
            case EntitySection list:
                return list.Apply(parameters, s, value, path);
            case FixedSection { TakesShockKinds: true } when s.Length >= 3 && s[2] == "by" && parameters.Shocks.Catalog.Find(s[1]) is not null:
            {
                Expect(path, s, 4, $"{s[0]}.{s[1]}.by.<ID>");
                var typed = Coerce(LeafKind.Number, value, path);
                var by = ShockBy.Get(parameters.Shocks, s[1]).SetItem(s[3], typed.Number);
                return parameters with { Shocks = ShockBy.Set(parameters.Shocks, s[1], by) };
            }
            case FixedSection:
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
                throw new ParameterPathException(path, UnknownSegment(s, ConfigSections.Model.Select(x => x.Key + ".<…>")
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

    /// <summary>Whether a path sets an actor's learning rule (applied before the other assignments of an event).</summary>
    internal static bool IsRulePath(string path)
    {
        var s = path.Trim().Split('.');
        return s.Length == 4 && s[0] == "actors" && s[2] == "learning" && s[3] == "rule";
    }

    /// <summary>Sets an actor's leaf or learning rule or option (the actors section's paths).</summary>
    internal static ModelParameters SetActor(ModelParameters parameters, string path, string[] s, ParameterValue value)
    {
        if (s.Length < 3) throw new ParameterPathException(path, "incomplete path; expected actors.<ID>.<key>");
        var i = RequireActor(parameters, path, s[1]);
        var actor = parameters.Actors[i];
        if (s[2] != "learning")
        {
            Expect(path, s, 3, "actors.<ID>.<key>");
            return parameters with { Actors = parameters.Actors.SetItem(i, SetLeaf(ConfigSections.Actors.Leaves, actor, s[2], value, path, "learning")) };
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

    /// <summary>The index of the actor with this id; throws with the nearest ids if there is none.</summary>
    internal static int RequireActor(ModelParameters parameters, string path, string id)
    {
        var i = parameters.Actors.Select(a => a.Id).ToList().IndexOf(id);
        if (i < 0) throw new ParameterPathException(path, KeySuggestions.Unknown("actor id", id, parameters.Actors.Select(a => a.Id).ToList()));
        return i;
    }

    /// <summary>Throws unless the path has <paramref name="count"/> segments, naming the form it should have.</summary>
    internal static void Expect(string path, string[] s, int count, string template)
    {
        if (s.Length != count) throw new ParameterPathException(path, $"expected a path of the form {template}");
    }

    /// <summary>A copy of an entry with one leaf set; throws for an unknown key (with <paramref name="extraKeys"/> among the
    /// suggestions) or a value of the wrong type.</summary>
    internal static T SetLeaf<T>(ImmutableArray<Leaf<T>> leaves, T item, string key, ParameterValue value, string path, params string[] extraKeys)
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
