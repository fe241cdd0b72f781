using System.Collections.Immutable;
using System.Text.RegularExpressions;
using HedgeAgents.Core.Parameters;

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
        var problems = new List<ParameterProblem>();
        var p = parameters;
        var ids = p.Actors.Select(a => a.Id).ToList();
        var kinds = new Dictionary<string, ActorKind>(StringComparer.Ordinal);

        void Add(string path, string message) => problems.Add(new(path, message));
        bool Exists(string path, string id)
        {
            if (kinds.ContainsKey(id)) return true;
            Add(path, KeySuggestions.Unknown("actor id", id, ids));
            return false;
        }
        void Great(string path, string id)
        {
            if (Exists(path, id) && kinds[id] != ActorKind.Great)
                Add(path, $"'{id}' is a {kinds[id].ToString().ToLowerInvariant()} actor, not a great power");
        }

        foreach (var a in p.Actors)
        {
            var prefix = $"actors.{a.Id}";
            if (!IsActorId(a.Id)) Add($"{prefix}.id", $"'{a.Id}' is not a valid id: a letter, then letters, digits or _");
            if (!kinds.TryAdd(a.Id, a.Kind)) Add($"{prefix}.id", $"duplicate actor id '{a.Id}'");
            CheckLeaves(Sections.ConfigSections.Actors.Leaves, a, prefix, problems);
            if (a.Chooses) problems.AddRange(LearningOptions.Validate(p, a));
            else if (!a.Learning.Equals(LearningSpec.Default))
                Add($"{prefix}.learning", "partners do not choose, so they take no learning rule");
        }
        if (!p.Actors.Any(a => a.Chooses)) Add("actors", "at least one actor must be of kind middle or great");

        var relations = new HashSet<(string, string)>();
        foreach (var r in p.Relations)
        {
            var prefix = $"relations.{r.From}.{r.To}";
            Exists($"{prefix}.from", r.From);
            Exists($"{prefix}.to", r.To);
            if (r.From == r.To) Add($"{prefix}.to", "a relation needs two different actors");
            if (!relations.Add((r.From, r.To))) Add(prefix, $"duplicate relation {r.From} -> {r.To}");
            CheckLeaves(Sections.ConfigSections.Relations.Leaves, r, prefix, problems);
        }

        var rivalries = new HashSet<(string, string)>();
        foreach (var r in p.Rivalries)
        {
            var prefix = $"rivalries.{r.A}.{r.B}";
            Great($"{prefix}.between", r.A);
            Great($"{prefix}.between", r.B);
            if (r.A == r.B) Add($"{prefix}.between", "a rivalry needs two different great powers");
            var pair = string.CompareOrdinal(r.A, r.B) <= 0 ? (r.A, r.B) : (r.B, r.A);
            if (!rivalries.Add(pair)) Add(prefix, $"duplicate rivalry between {r.A} and {r.B}");
            CheckLeaves(Sections.ConfigSections.Rivalries.Leaves, r, prefix, problems);
        }

        var threats = new HashSet<(string, string)>();
        foreach (var t in p.Threats)
        {
            var prefix = $"threats.{t.From}.{t.To}";
            Great($"{prefix}.from", t.From);
            Exists($"{prefix}.to", t.To);
            if (t.From == t.To) Add($"{prefix}.to", "a threat needs two different actors");
            if (!threats.Add((t.From, t.To))) Add(prefix, $"duplicate threat {t.From} -> {t.To}");
            CheckLeaves(Sections.ConfigSections.Threats.Leaves, t, prefix, problems);
        }

        foreach (var leaf in ParameterSchema.FixedFor(p.Shocks.Catalog))
        {
            CheckLeaf(leaf, p, leaf.Key, problems);
            if (leaf.Key == "shocks.sanctions.imposed")
                foreach (var id in p.Shocks.Sanctions.Imposed) Exists(leaf.Key, id);
            if (leaf.Key == "shocks.sanctions.imposedBy")
                foreach (var id in p.Shocks.Sanctions.ImposedBy) Great(leaf.Key, id);
        }
        var split = p.Strategies.Hedging.Split;
        if (split.Length != 3) Add("strategies.hedging.split", $"needs three shares (institutionalization, procedural, redundancy), got {split.Length}");
        else if (Math.Abs(split.Sum() - 1.0) > SplitTolerance)
            Add("strategies.hedging.split", $"the three shares must sum to 1 (within 1e-6), got {ValueText.Format(split.Sum())}");
        foreach (var kind in p.Shocks.Catalog.Names)
        {
            foreach (var (id, multiplier) in ShockBy.Get(p.Shocks, kind))
            {
                var path = $"shocks.{kind}.by.{id}";
                Exists(path, id);
                if (!Bounds.NonNegative.Contains(multiplier)) Add(path, $"must be {Bounds.NonNegative}, got {ValueText.Format(multiplier)}");
            }
        }

        var routes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in p.Routes)
        {
            var prefix = $"routes.{r.Id}";
            if (!IsRouteId(r.Id)) Add($"{prefix}.id", $"'{r.Id}' is not a valid route id: a letter, then letters, digits, _ or -");
            if (!routes.Add(r.Id)) Add($"{prefix}.id", $"duplicate route id '{r.Id}'");
            Exists($"{prefix}.actor", r.Actor);
            if (Exists($"{prefix}.serves", r.Serves) && r.Serves == r.Actor)
                Add($"{prefix}.serves", $"a route serves a counterparty of its actor, not '{r.Actor}' itself");
            if (r.Controller is not null) Exists($"{prefix}.controller", r.Controller);
            CheckLeaves(Sections.ConfigSections.Routes.Leaves, r, prefix, problems);
        }

        var demand = new HashSet<(string, string)>();
        foreach (var d in p.Demand)
        {
            var prefix = $"demand.{d.Actor}.{d.Partner}";
            Exists($"{prefix}.actor", d.Actor);
            Exists($"{prefix}.partner", d.Partner);
            if (d.Actor == d.Partner) Add($"{prefix}.partner", "demand needs two different actors");
            if (!demand.Add((d.Actor, d.Partner))) Add(prefix, $"duplicate demand {d.Actor} -> {d.Partner}");
            CheckLeaves(Sections.ConfigSections.Demand.Leaves, d, prefix, problems);
        }

        var coalitions = new HashSet<string>(StringComparer.Ordinal);
        var memberOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in p.Coalitions)
        {
            var prefix = $"coalitions.{c.Id}";
            if (!IsActorId(c.Id)) Add($"{prefix}.id", $"'{c.Id}' is not a valid coalition id: a letter, then letters, digits or _");
            if (!coalitions.Add(c.Id)) Add($"{prefix}.id", $"duplicate coalition id '{c.Id}'");
            var path = $"{prefix}.members";
            if (c.Members.Length < 2) Add(path, $"a coalition needs at least two members, got {c.Members.Length}");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in c.Members)
            {
                if (!seen.Add(id))
                {
                    Add(path, $"'{id}' is listed twice");
                    continue;
                }
                // Only middle powers: great powers are the coercers the block bargains against, and partners do not choose.
                if (Exists(path, id) && kinds[id] != ActorKind.Middle)
                    Add(path, $"'{id}' is a {kinds[id].ToString().ToLowerInvariant()} actor; coalition members must be middle powers");
                if (!memberOf.TryAdd(id, c.Id))
                    Add(path, $"'{id}' is already a member of coalition '{memberOf[id]}': an actor belongs to one coalition at most");
            }
            CheckLeaves(Sections.ConfigSections.Coalitions.Leaves, c, prefix, problems);
        }
        return problems;
    }

    /// <summary>Problems of the top-level settings: ranges, burn-in below rounds, a start written as the period writes labels.</summary>
    internal static IReadOnlyList<ParameterProblem> ValidateHeader(ExperimentHeader header)
    {
        var problems = new List<ParameterProblem>();
        if (string.IsNullOrWhiteSpace(header.Name)) problems.Add(new("name", "missing required key 'name' (the experiment's name)"));
        CheckLeaves(ParameterSchema.Header, header, "", problems);
        if (header.BurnIn >= header.Rounds && header.Rounds >= 1)
            problems.Add(new("burnIn", $"must be less than rounds ({header.Rounds}), got {header.BurnIn}"));
        if (!PeriodCalendar.IsValidLabel(header.Period, header.EffectiveStart))
            problems.Add(new("start", $"'{header.EffectiveStart}' is not {PeriodCalendar.FormatHint(header.Period)} (period: {header.Period.ToString().ToLowerInvariant()})"));
        return problems;
    }

    private static void CheckLeaves<T>(ImmutableArray<Leaf<T>> leaves, T item, string prefix, List<ParameterProblem> problems)
    {
        foreach (var leaf in leaves) CheckLeaf(leaf, item, prefix.Length == 0 ? leaf.Key : $"{prefix}.{leaf.Key}", problems);
    }

    private static void CheckLeaf<T>(Leaf<T> leaf, T item, string path, List<ParameterProblem> problems)
    {
        if (!leaf.IsNumeric) return;
        var x = leaf.Get(item).Number;
        if (!leaf.Range.Contains(x)) problems.Add(new(path, $"must be {leaf.Range}, got {ValueText.Format(x)}"));
    }
}
