using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Experiments.Config;

/// <summary>The tables of the header settings and the fixed sections' scalar parameters (strategies, insurance, shocks). Order is
/// config order. The list sections declare their own tables (<see cref="Sections.ConfigSections"/>).</summary>
/// <remarks>Defaults here are documentation; the values come from the Core records' own defaults, and a test
/// checks the two agree.</remarks>
internal static class ParameterSchema
{
    private static ParameterValue N(double x) => ParameterValue.Of(x);

    /// <summary>Top-level experiment settings: not model parameters, so events cannot change them.</summary>
    public static ImmutableArray<Leaf<ExperimentHeader>> Header { get; } =
    [
        new("name", LeafKind.Text, Bounds.Any, "(required)", "experiment name, used in result folders",
            h => ParameterValue.Of(h.Name), (h, v) => h with { Name = v.Text }) { Required = true },
        new("description", LeafKind.Text, Bounds.Any, "\"\"", "free text for reports",
            h => ParameterValue.Of(h.Description), (h, v) => h with { Description = v.Text }),
        new("rounds", LeafKind.Integer, Bounds.AtLeastOne, "100", "rounds per run",
            h => N(h.Rounds), (h, v) => h with { Rounds = (int)v.Number }) { Unit = "rounds" },
        new("burnIn", LeafKind.Integer, Bounds.NonNegative, "0", "rounds left out of run summaries; < rounds",
            h => N(h.BurnIn), (h, v) => h with { BurnIn = (int)v.Number }) { Unit = "rounds" },
        new("replications", LeafKind.Integer, Bounds.AtLeastOne, "10", "runs per parameter point, each with its own derived seed",
            h => N(h.Replications), (h, v) => h with { Replications = (int)v.Number }) { Unit = "runs" },
        new("seed", LeafKind.Seed, Bounds.NonNegative, "1", "master seed; run seeds are hashed from it",
            h => ParameterValue.Of(h.Seed), (h, v) => h with { Seed = ulong.Parse(v.Text, System.Globalization.CultureInfo.InvariantCulture) }),
        new("start", LeafKind.Text, Bounds.Any, "2015Q1 / 2015 / 2015-01 / 0 by period", "label of round 0, written as the period writes labels",
            h => ParameterValue.Of(h.EffectiveStart), (h, v) => h with { Start = v.Text }),
        new("period", LeafKind.Choice, Bounds.Any, "round", "what one round stands for: quarter, year, month or round",
            h => ParameterValue.Of(h.Period.ToString().ToLowerInvariant()),
            (h, v) => h with { Period = Enum.Parse<PeriodKind>(v.Text, ignoreCase: true) })
        {
            Allowed = ["quarter", "year", "month", "round"],
        },
    ];

    // strategies, insurance and the shocks' scale: every leaf of the fixed sections but the shock kinds'.
    private static readonly Leaf<ModelParameters>[] General =
    [
        .. Strategy("bandwagoning.share", Bounds.UnitOpenBelow, "0.7", "weight beta on the target",
            s => s.Bandwagoning.Share, (s, x) => s with { Bandwagoning = s.Bandwagoning with { Share = x } }, unit: "share"),
        .. Strategy("bandwagoning.sidePayment", Bounds.NonNegative, "0", "side payment from the target (Schweller)",
            s => s.Bandwagoning.SidePayment, (s, x) => s with { Bandwagoning = s.Bandwagoning with { SidePayment = x } }, unit: "payoff"),
        .. Strategy("bandwagoning.reputation", Bounds.Unit, "0.02", "share of gross returns paid for taking sides",
            s => s.Bandwagoning.Reputation, (s, x) => s with { Bandwagoning = s.Bandwagoning with { Reputation = x } }, unit: "share"),
        .. Strategy("balancing.residual", Bounds.UnitOpenAbove, "0.05", "weight left on the balanced power",
            s => s.Balancing.Residual, (s, x) => s with { Balancing = s.Balancing with { Residual = x } }, unit: "share"),
        .. Strategy("balancing.reputation", Bounds.Unit, "0.02", "share of gross returns paid for taking sides",
            s => s.Balancing.Reputation, (s, x) => s with { Balancing = s.Balancing with { Reputation = x } }, unit: "share"),
        .. Strategy("equidistance.intensity", Bounds.UnitOpenBelow, "1", "sum of the equal weights",
            s => s.Equidistance.Intensity, (s, x) => s with { Equidistance = s.Equidistance with { Intensity = x } }, unit: "share"),
        .. Strategy("hedging.cap", Bounds.UnitOpenBelow, "0.4", "largest weight on one counterparty (dominance denial)",
            s => s.Hedging.Cap, (s, x) => s with { Hedging = s.Hedging with { Cap = x } }, unit: "share"),
        .. Strategy("hedging.insurance", Bounds.UnitOpenAbove, "0.05", "insurance rate h, share of gross returns",
            s => s.Hedging.Insurance, (s, x) => s with { Hedging = s.Hedging with { Insurance = x } }, unit: "share"),
        .. SplitLeaf(0, "institutionalization"),
        .. SplitLeaf(1, "procedural"),
        .. SplitLeaf(2, "redundancy"),
        .. Insurance("depreciation", Bounds.UnitOpenBelow, "0.05", "delta, share of a stock lost each round",
            i => i.Depreciation, (i, x) => i with { Depreciation = x }, unit: "share/round"),
        .. Insurance("efficiency", Bounds.NonNegative, "3", "k, stock bought per unit of insurance rate at full capacity",
            i => i.Efficiency, (i, x) => i with { Efficiency = x }),
        .. Insurance("initial.institutionalization", Bounds.Unit, "0", "initial stock I",
            i => i.Institutionalization, (i, x) => i with { Institutionalization = x }, unit: "share"),
        .. Insurance("initial.procedural", Bounds.Unit, "0", "initial stock P",
            i => i.Procedural, (i, x) => i with { Procedural = x }, unit: "share"),
        .. Insurance("initial.redundancy", Bounds.Unit, "0", "initial stock N",
            i => i.Redundancy, (i, x) => i with { Redundancy = x }, unit: "share"),
        .. Shock("scale", Bounds.NonNegative, "1", "multiplier on every base hazard (hazards stay capped at 1)",
            s => s.Scale, (s, x) => s with { Scale = x }, unit: "×"),
    ];

    /// <summary>The fixed sections with the built-in shock kinds, keyed by full path; <c>shocks.&lt;kind&gt;.by.&lt;ID&gt;</c>
    /// is read through the kind's declaration.</summary>
    public static ImmutableArray<Leaf<ModelParameters>> Fixed { get; } = Build(ShockCatalog.BuiltIn);

    private static readonly ConditionalWeakTable<ShockCatalog, object> Declared = new();

    /// <summary>The fixed sections with the kinds of <paramref name="catalog"/>: per kind, in slot order, its hazard and
    /// severity (from the declaration), then the leaves only a built-in kind has.</summary>
    public static ImmutableArray<Leaf<ModelParameters>> FixedFor(ShockCatalog catalog) =>
        ReferenceEquals(catalog, ShockCatalog.BuiltIn)
            ? Fixed
            : (ImmutableArray<Leaf<ModelParameters>>)Declared.GetValue(catalog, c => Build(c));

    private static ImmutableArray<Leaf<ModelParameters>> Build(ShockCatalog catalog) =>
        [.. General, .. catalog.Kinds.SelectMany(KindLeaves)];

    private static IEnumerable<Leaf<ModelParameters>> KindLeaves(ShockKind kind) =>
    [
        KindLeaf(kind, "hazard", "0", kind.HazardDoc, "probability/round", s => s.Hazard, (s, x) => s with { Hazard = x }),
        KindLeaf(kind, "severity", ValueText.Format(kind.DefaultSeverity), kind.SeverityDoc, "share", s => s.Severity, (s, x) => s with { Severity = x }),
        .. kind switch
        {
            SanctionsKind => Sanctions,
            DisruptionKind => Disruption,
            CoercionKind => Coercion,
            _ => [],
        },
    ];

    private static Leaf<ModelParameters> KindLeaf(ShockKind kind, string key, string def, string doc, string unit,
        Func<ShockSettings, double> get, Func<ShockSettings, double, ShockSettings> set) =>
        new($"shocks.{kind.Name}.{key}", LeafKind.Number, Bounds.Unit, def, doc,
            p => N(get(ShockSettings.From(kind.Of(p.Shocks)))),
            (p, v) => p with { Shocks = kind.With(p.Shocks, set(ShockSettings.From(kind.Of(p.Shocks)), v.Number)) }) { Unit = unit };

    // The leaves only a built-in kind has, after its hazard and severity.
    private static Leaf<ModelParameters>[] Sanctions =>
    [
        new("shocks.sanctions.imposed", LeafKind.IdList, Bounds.Any, "[]", "actors under a scenario sanctions regime",
            p => ParameterValue.Of(p.Shocks.Sanctions.Imposed),
            (p, v) => p with { Shocks = p.Shocks with { Sanctions = p.Shocks.Sanctions with { Imposed = v.Items } } }),
        new("shocks.sanctions.imposedBy", LeafKind.IdList, Bounds.Any, "[]", "great powers imposing it; [] = every other great power",
            p => ParameterValue.Of(p.Shocks.Sanctions.ImposedBy),
            (p, v) => p with { Shocks = p.Shocks with { Sanctions = p.Shocks.Sanctions with { ImposedBy = v.Items } } }),
    ];

    private static Leaf<ModelParameters>[] Disruption =>
    [
        new("shocks.disruption.duration", LeafKind.Integer, Bounds.AtLeastOne, "2", "rounds a disrupted route stays closed",
            p => N(p.Shocks.Disruption.Duration),
            (p, v) => p with { Shocks = p.Shocks with { Disruption = p.Shocks.Disruption with { Duration = (int)v.Number } } }) { Unit = "rounds" },
        .. Shock("disruption.coastal", Bounds.Unit, "0.25", "hazard multiplier for actors that are not landlocked",
            s => s.Disruption.Coastal, (s, x) => s with { Disruption = s.Disruption with { Coastal = x } }, unit: "×"),
    ];

    private static Leaf<ModelParameters>[] Coercion =>
    [
        .. Shock("coercion.provocation", Bounds.NonNegative, "1", "scale of the rival-shift term of the hazard",
            s => s.Coercion.Provocation, (s, x) => s with { Coercion = s.Coercion with { Provocation = x } }, unit: "×"),
    ];

    private static Leaf<ModelParameters>[] Strategy(string key, Bounds range, string def, string doc,
        Func<StrategyParameters, double> get, Func<StrategyParameters, double, StrategyParameters> set, string unit = "") =>
    [
        new("strategies." + key, LeafKind.Number, range, def, doc,
            p => N(get(p.Strategies)), (p, v) => p with { Strategies = set(p.Strategies, v.Number) }) { Unit = unit },
    ];

    private static Leaf<ModelParameters>[] SplitLeaf(int index, string stock) =>
    [
        new("strategies.hedging.split." + stock, LeafKind.Number, Bounds.NonNegative, "1/3",
            $"share of the insurance rate going to {stock}; the three sum to 1",
            p => N(p.Strategies.Hedging.Split[index]),
            (p, v) => p with
            {
                Strategies = p.Strategies with { Hedging = p.Strategies.Hedging with { Split = p.Strategies.Hedging.Split.SetItem(index, v.Number) } },
            }) { Unit = "share" },
    ];

    private static Leaf<ModelParameters>[] Insurance(string key, Bounds range, string def, string doc,
        Func<InsuranceParameters, double> get, Func<InsuranceParameters, double, InsuranceParameters> set, string unit = "") =>
    [
        new("insurance." + key, LeafKind.Number, range, def, doc,
            p => N(get(p.Insurance)), (p, v) => p with { Insurance = set(p.Insurance, v.Number) }) { Unit = unit },
    ];

    private static Leaf<ModelParameters>[] Shock(string key, Bounds range, string def, string doc,
        Func<ShockParameters, double> get, Func<ShockParameters, double, ShockParameters> set, string unit = "") =>
    [
        new("shocks." + key, LeafKind.Number, range, def, doc,
            p => N(get(p.Shocks)), (p, v) => p with { Shocks = set(p.Shocks, v.Number) }) { Unit = unit },
    ];
}
