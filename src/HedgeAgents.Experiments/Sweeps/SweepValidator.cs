using System.Globalization;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Sweeps;

/// <summary>Checks a <c>sweep:</c> section against its experiment: every path a numeric model parameter (with the
/// nearest valid paths when it is not) or, for a text axis, one that takes words; every value it can take inside the
/// parameter's range or among its valid words (a text value refused at its own line); and the design's own rules
/// (samples, steps, levels).</summary>
internal static class SweepValidator
{
    /// <summary>Adds every problem to <paramref name="errors"/>, located at the key that caused it.</summary>
    public static void Validate(SweepSpec sweep, ModelParameters initial, SourceMap map, List<ConfigError> errors)
    {
        void Error(string key, string message) => errors.Add(map.Locate(key).Error(key, message));

        foreach (var problem in SweepDesignRules.Check(sweep))
            Error(problem.Key, problem.Message);

        var described = ParameterPaths.Describe(initial);
        var numeric = described
            .Where(pv => double.TryParse(pv.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .Select(pv => pv.Path).ToList();
        var words = described.Select(pv => pv.Path).Except(numeric, StringComparer.Ordinal).ToList();
        foreach (var p in sweep.Parameters)
        {
            var where = $"sweep.parameters.{p.Path}";
            if (ParameterPaths.IsExperimentSetting(p.Path))
            {
                Error(where, $"'{p.Path}' is an experiment setting, not a model parameter; sweeps vary model parameters " +
                    "(replications come from --replications or the top-level key)");
                continue;
            }
            if (p.IsText)
            {
                ValidateText(p, initial, numeric, words, Error);
                continue;
            }
            if (!numeric.Contains(p.Path, StringComparer.Ordinal))
            {
                Error(where, $"'{p.Path}' is not a numeric parameter of this experiment; nearest valid paths: " +
                    string.Join(", ", Nearest(p.Path, numeric, 3)) + " (hedge describe lists them all)");
                continue;
            }
            var (low, high) = p.Extent;
            foreach (var value in p.IsList ? p.Values.AsEnumerable() : [low, high])
            {
                var problem = ProblemAt(initial, p.Path, value);
                if (problem is null) continue;
                Error(where, $"value {ValueText.Format(value)} is invalid: {problem}");
                break;
            }
        }
        if (errors.Count == 0) ValidateRuleCombinations(sweep, initial, Error);
    }

    /// <summary>A swept learning option of an actor whose rule is swept too: every rule with every value of the
    /// option, since a value valid for the file's rule may not apply to another (the fixed rule's action under best
    /// response). Reported at the option, naming the rule.</summary>
    private static void ValidateRuleCombinations(SweepSpec sweep, ModelParameters initial, Action<string, string> error)
    {
        foreach (var rule in sweep.Parameters.Where(p => p.IsText && ParameterPaths.IsRulePath(p.Path)))
        {
            var prefix = rule.Path[..^"rule".Length];
            foreach (var option in sweep.Parameters.Where(p => p.Path.StartsWith(prefix, StringComparison.Ordinal) && p != rule))
            {
                var values = option.IsText ? option.Labels.Select(l => ParameterValue.FromScalar(l, plain: true))
                    : option.IsList ? option.Values.Select(v => ParameterValue.Parse(ValueText.Format(v)))
                    : [ParameterValue.Parse(ValueText.Format(option.Min)), ParameterValue.Parse(ValueText.Format(option.Max))];
                var problem = (from r in rule.Labels
                               from v in values
                               let text = Combined(initial, rule.Path, r, option.Path, v)
                               where text is not null
                               select $"value '{v}' does not apply when {rule.Path} is '{r}': {text}").FirstOrDefault();
                if (problem is not null) error($"sweep.parameters.{option.Path}", problem);
            }
        }
    }

    private static string? Combined(ModelParameters initial, string rulePath, string rule, string path, ParameterValue value)
    {
        try
        {
            var withRule = ParameterPaths.Apply(initial, new ParameterAssignment(rulePath, ParameterValue.FromScalar(rule, plain: true)));
            return ProblemAt(withRule, path, value);
        }
        catch (ParameterPathException)
        {
            return null; // the rule itself is refused on its own line
        }
    }

    /// <summary>A text axis: its path a parameter that takes words (an action, a rule, …), and each value one it
    /// accepts, refused at the value's own line with what is valid.</summary>
    private static void ValidateText(SweepParameter p, ModelParameters initial, List<string> numeric, List<string> words,
        Action<string, string> error)
    {
        var where = $"sweep.parameters.{p.Path}";
        var word = p.Labels.Select((label, i) => (label, i)).First(t => !ValueText.TryParseNumber(t.label, out _));
        if (numeric.Contains(p.Path, StringComparer.Ordinal))
        {
            error($"{where}[{word.i}]", $"'{word.label}' is not a number, and '{p.Path}' is a numeric parameter; list numbers " +
                $"(text values sweep parameters that take words: {string.Join(", ", Nearest(p.Path, words, 3))}, …)");
            return;
        }
        if (!words.Contains(p.Path, StringComparer.Ordinal))
        {
            error(where, $"'{p.Path}' is not a parameter of this experiment that takes a word; nearest valid paths: " +
                string.Join(", ", Nearest(p.Path, words, 3)) + " (hedge describe lists them all; an option of a learning " +
                "rule, such as the fixed rule's action, is a path only when the actor has that rule)");
            return;
        }
        for (var i = 0; i < p.Labels.Length; i++)
        {
            var problem = ProblemAt(initial, p.Path, ParameterValue.FromScalar(p.Labels[i], plain: true));
            if (problem is not null) error($"{where}[{i}]", $"value '{p.Labels[i]}' is invalid: {problem}");
        }
    }

    /// <summary>The <paramref name="count"/> candidates closest to <paramref name="typed"/> by edit distance (ties in candidate order).</summary>
    internal static IEnumerable<string> Nearest(string typed, IReadOnlyList<string> candidates, int count) =>
        candidates.Select((c, i) => (c, i, d: KeySuggestions.Distance(typed.ToLowerInvariant(), c.ToLowerInvariant())))
            .OrderBy(t => t.d).ThenBy(t => t.i).Take(count).Select(t => t.c);

    private static string? ProblemAt(ModelParameters initial, string path, double value) =>
        ProblemAt(initial, path, ParameterValue.Parse(ValueText.Format(value)));

    private static string? ProblemAt(ModelParameters initial, string path, ParameterValue value)
    {
        try
        {
            var set = ParameterPaths.Apply(initial, new ParameterAssignment(path, value));
            var before = ParameterValidator.Validate(initial).ToHashSet();
            return ParameterValidator.Validate(set).FirstOrDefault(p => !before.Contains(p))?.Message;
        }
        catch (ParameterPathException e)
        {
            return e.Problem;
        }
    }
}
