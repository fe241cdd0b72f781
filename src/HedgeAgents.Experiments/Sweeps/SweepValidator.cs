using System.Globalization;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Sweeps;

/// <summary>Checks a <c>sweep:</c> section against its experiment: every path a numeric model parameter (with the
/// nearest valid paths when it is not), every value it can take inside the parameter's range, and the design's
/// own rules (samples, steps, levels).</summary>
internal static class SweepValidator
{
    /// <summary>Adds every problem to <paramref name="errors"/>, located at the key that caused it.</summary>
    public static void Validate(SweepSpec sweep, ModelParameters initial, SourceMap map, List<ConfigError> errors)
    {
        void Error(string key, string message) => errors.Add(map.Locate(key).Error(key, message));

        foreach (var problem in SweepDesignRules.Check(sweep))
            Error(problem.Key, problem.Message);

        var numeric = ParameterPaths.Describe(initial)
            .Where(pv => double.TryParse(pv.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .Select(pv => pv.Path).ToList();
        foreach (var p in sweep.Parameters)
        {
            var where = $"sweep.parameters.{p.Path}";
            if (ParameterPaths.IsExperimentSetting(p.Path))
            {
                Error(where, $"'{p.Path}' is an experiment setting, not a model parameter; sweeps vary model parameters " +
                    "(replications come from --replications or the top-level key)");
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
    }

    /// <summary>The <paramref name="count"/> candidates closest to <paramref name="typed"/> by edit distance (ties in candidate order).</summary>
    internal static IEnumerable<string> Nearest(string typed, IReadOnlyList<string> candidates, int count) =>
        candidates.Select((c, i) => (c, i, d: KeySuggestions.Distance(typed.ToLowerInvariant(), c.ToLowerInvariant())))
            .OrderBy(t => t.d).ThenBy(t => t.i).Take(count).Select(t => t.c);

    private static string? ProblemAt(ModelParameters initial, string path, double value)
    {
        try
        {
            var set = ParameterPaths.Apply(initial, new ParameterAssignment(path, ParameterValue.Parse(ValueText.Format(value))));
            var before = ParameterValidator.Validate(initial).ToHashSet();
            return ParameterValidator.Validate(set).FirstOrDefault(p => !before.Contains(p))?.Message;
        }
        catch (ParameterPathException e)
        {
            return e.Problem;
        }
    }
}
