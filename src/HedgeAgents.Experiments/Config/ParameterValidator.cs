using System.Text.RegularExpressions;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Experiments.Config.Sections;

namespace HedgeAgents.Experiments.Config;

/// <summary>Checks a parameter set against every documented range and cross-reference, naming each problem by its
/// parameter path. Used on the initial parameters and again after every event, so a scenario cannot drift into an
/// invalid state.</summary>
public static partial class ParameterValidator
{
    /// <summary>The tolerance within which the hedging split must sum to 1.</summary>
    public const double SplitTolerance = 1e-6;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ActorIdPattern();

    // Route ids are only ever path segments, so a hyphen is harmless there and reads better (btk-2024).
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RouteIdPattern();

    /// <summary>Whether a text is a valid actor id (<c>[A-Za-z][A-Za-z0-9_]*</c>).</summary>
    public static bool IsActorId(string id) => ActorIdPattern().IsMatch(id);

    /// <summary>Whether a text is a valid route id (<c>[A-Za-z][A-Za-z0-9_-]*</c>).</summary>
    public static bool IsRouteId(string id) => RouteIdPattern().IsMatch(id);

    /// <summary>Every problem of the parameter set, in config order; empty when it is valid.</summary>
    public static IReadOnlyList<ParameterProblem> Validate(ModelParameters parameters)
    {
        var p = parameters;
        var scope = new ValidationScope(p);
        foreach (var section in ConfigSections.Model)
        {
            if (section is EntitySection list)
            {
                list.Validate(p, scope);
                continue;
            }
            if (section is not FixedSection map) continue;
            foreach (var leaf in map.Leaves(p.Shocks.Catalog))
            {
                scope.CheckLeaf(leaf, p, leaf.Key);
                if (leaf.Key == "shocks.sanctions.imposed")
                    foreach (var id in p.Shocks.Sanctions.Imposed) scope.Exists(leaf.Key, id);
                if (leaf.Key == "shocks.sanctions.imposedBy")
                    foreach (var id in p.Shocks.Sanctions.ImposedBy) scope.Great(leaf.Key, id);
            }
            if (!map.TakesShockKinds) continue;
            // The split is checked after every fixed leaf, as before the sections were declared, so problems keep their order.
            var split = p.Strategies.Hedging.Split;
            if (split.Length != 3) scope.Add("strategies.hedging.split", $"needs three shares (institutionalization, procedural, redundancy), got {split.Length}");
            else if (Math.Abs(split.Sum() - 1.0) > SplitTolerance)
                scope.Add("strategies.hedging.split", $"the three shares must sum to 1 (within 1e-6), got {ValueText.Format(split.Sum())}");
            foreach (var kind in p.Shocks.Catalog.Names)
            {
                foreach (var (id, multiplier) in ShockBy.Get(p.Shocks, kind))
                {
                    var path = $"{map.Key}.{kind}.by.{id}";
                    scope.Exists(path, id);
                    if (!Bounds.NonNegative.Contains(multiplier)) scope.Add(path, $"must be {Bounds.NonNegative}, got {ValueText.Format(multiplier)}");
                }
            }
        }
        return scope.Problems;
    }

    /// <summary>Problems of the top-level settings: ranges, burn-in below rounds, a start written as the period writes labels.</summary>
    internal static IReadOnlyList<ParameterProblem> ValidateHeader(ExperimentHeader header)
    {
        var problems = new List<ParameterProblem>();
        if (string.IsNullOrWhiteSpace(header.Name)) problems.Add(new("name", "missing required key 'name' (the experiment's name)"));
        var scope = new ValidationScope(ParameterDefaults.Empty);
        scope.CheckLeaves(ParameterSchema.Header, header, "");
        problems.AddRange(scope.Problems);
        if (header.BurnIn >= header.Rounds && header.Rounds >= 1)
            problems.Add(new("burnIn", $"must be less than rounds ({header.Rounds}), got {header.BurnIn}"));
        if (!PeriodCalendar.IsValidLabel(header.Period, header.EffectiveStart))
            problems.Add(new("start", $"'{header.EffectiveStart}' is not {PeriodCalendar.FormatHint(header.Period)} (period: {header.Period.ToString().ToLowerInvariant()})"));
        return problems;
    }
}
