using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Learning;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Experiments.Config;

/// <summary>Reading, checking and normalizing an actor's learning rule and options against the Core registry.</summary>
/// <remarks>Options equal to the rule's default are not stored: a spec has one canonical form, so setting an option
/// to the value describe printed leaves the parameters equal, and an actor without options equals
/// <see cref="LearningSpec.Default"/>.</remarks>
internal static class LearningOptions
{
    /// <summary>The registry entry of a rule, or null.</summary>
    public static ILearningRuleFactory? Factory(string rule) =>
        LearningRules.Registry.TryGet(rule, out var factory) ? factory : null;

    /// <summary>The text to store for an option, or why the value cannot be one. Unknown rules store anything: the
    /// rule name itself is reported by the validator.</summary>
    public static bool TryStore(string rule, string option, ParameterValue value, out string text, out string error)
    {
        text = value.Kind == ParameterValueKind.Number ? ValueText.Format(value.Number) : value.Text;
        error = "";
        if (value.Kind == ParameterValueKind.List)
        {
            error = $"expected a single value, got the list {value.Text}";
            return false;
        }
        var factory = Factory(rule);
        if (factory is null) return true;
        var spec = factory.Options.FirstOrDefault(o => o.Name == option);
        if (spec is null)
        {
            error = NoSuchOption(rule, option, factory);
            return false;
        }
        if (spec.Kind == OptionKind.Number && value.Kind != ParameterValueKind.Number)
        {
            error = $"expected a number, got {LeafCoercion.Show(value)}";
            return false;
        }
        return true;
    }

    /// <summary>The spec without options that equal their default, numbers in shortest round-trip form.</summary>
    public static LearningSpec Normalize(LearningSpec spec)
    {
        var factory = Factory(spec.Rule);
        if (factory is null) return spec;
        var options = spec.Options;
        foreach (var (name, text) in spec.Options)
        {
            var option = factory.Options.FirstOrDefault(o => o.Name == name);
            if (option is null) continue;
            if (option.Kind == OptionKind.Number)
            {
                if (!ValueText.TryParseNumber(text, out var x)) continue;
                options = option is NumberOption typed && typed.DefaultValue.Equals(x)
                    ? options.Remove(name)
                    : options.SetItem(name, ValueText.Format(x));
            }
            else if (string.Equals(text.Trim(), option.Default, StringComparison.OrdinalIgnoreCase))
            {
                options = options.Remove(name);
            }
        }
        return spec with { Options = options };
    }

    /// <summary>Every option of the rule with the value in force (given or default), in the rule's order; for unknown
    /// rules, the stored options.</summary>
    public static IEnumerable<(string Name, string Value)> Effective(LearningSpec spec)
    {
        var factory = Factory(spec.Rule);
        if (factory is null) return spec.Options.Select(kv => (kv.Key, kv.Value));
        return factory.Options.Select(o => (o.Name, spec.Options.TryGetValue(o.Name, out var v) ? v : o.Default));
    }

    /// <summary>Problems with an actor's rule and options; actions are checked against the actor's action set.</summary>
    public static IEnumerable<ParameterProblem> Validate(ModelParameters parameters, ActorSpec actor)
    {
        var prefix = $"actors.{actor.Id}.learning";
        var spec = actor.Learning;
        var factory = Factory(spec.Rule);
        if (factory is null)
        {
            yield return new($"{prefix}.rule", KeySuggestions.Unknown("learning rule", spec.Rule, LearningRules.Registry.Names.ToList()));
            yield break;
        }
        foreach (var (name, text) in spec.Options)
        {
            var path = $"{prefix}.{name}";
            var option = factory.Options.FirstOrDefault(o => o.Name == name);
            if (option is null)
            {
                yield return new(path, NoSuchOption(spec.Rule, name, factory));
                continue;
            }
            var problem = Check(option, text, parameters, actor.Id);
            if (problem is not null) yield return new(path, problem);
        }
    }

    private static string NoSuchOption(string rule, string option, ILearningRuleFactory factory) =>
        $"rule '{rule}' has no option '{option}'" + KeySuggestions.Hint(option, factory.Options.Select(o => o.Name).ToList());

    private static string? Check(LearningOption option, string text, ModelParameters parameters, string actorId)
    {
        switch (option.Kind)
        {
            case OptionKind.Number:
                if (!ValueText.TryParseNumber(text, out var x)) return $"expected a number, got '{text}'";
                var range = new Bounds(option.Min, option.Max);
                return range.Contains(x) ? null : $"must be {range}, got {ValueText.Format(x)}";
            case OptionKind.Choice:
                var allowed = option.Allowed ?? [];
                return allowed.Contains(text.Trim()) ? null : KeySuggestions.Unknown("value", text, allowed.ToList());
            default:
                var labels = ActionSet.LabelsFor(parameters, actorId);
                if (labels.Any(l => string.Equals(l, text.Trim(), StringComparison.OrdinalIgnoreCase))) return null;
                return $"action '{text}' is not available to {actorId}; valid: {string.Join(", ", labels)}";
        }
    }
}
