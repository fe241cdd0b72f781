using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Routes;
using HedgeAgents.Core.Shocks;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace HedgeAgents.Core.Engine;

/// <summary>The parameters of one stretch of a run as flat arrays indexed by actor and counterparty.</summary>
/// <remarks>Built once per parameter set (at the start and at each scenario event), never per round. Its structure
/// (actors, counterparties, action sets, routes) depends only on ids, so events that change values keep indices.</remarks>
public sealed class CompiledModel
{
    /// <summary>Compiles validated parameters.</summary>
    public CompiledModel(ModelParameters p)
    {
        Parameters = p;
        ActorCount = p.Actors.Length;
        var a = ActorCount;
        var ids = p.Actors.Select(x => x.Id).ToArray();
        Ids = Frozen(ids);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < a; i++) index[ids[i]] = i;
        var kinds = p.Actors.Select(x => x.Kind).ToArray();
        Kinds = Frozen(kinds);
        var power = p.Actors.Select(x => x.Power).ToArray();
        Power = Frozen(power);
        Openness = Frozen(p.Actors.Select(x => x.Openness).ToArray());
        RiskAversion = Frozen(p.Actors.Select(x => x.RiskAversion).ToArray());
        Capacity = Frozen(p.Actors.Select(x => x.RegulatoryCapacity).ToArray());
        Influence = Frozen(p.Actors.Select(x => x.Influence).ToArray());
        Landlocked = Frozen(p.Actors.Select(x => x.Landlocked).ToArray());
        BargainingPower = Frozen(BargainingPowers(p, index, power));

        // Counterparties: every other great power and partner the actor has a relation with, in actor order.
        var counterparties = new int[a][];
        var returns = new double[a][];
        var volatility = new double[a][];
        var position = new int[a, a];
        for (var i = 0; i < a; i++)
        {
            for (var j = 0; j < a; j++) position[i, j] = -1;
            var list = new List<int>();
            for (var j = 0; j < a; j++)
            {
                if (j == i || kinds[j] == ActorKind.Middle) continue;
                if (p.Relations.Any(r => r.From == ids[i] && r.To == ids[j])) list.Add(j);
            }
            counterparties[i] = [.. list];
            returns[i] = new double[list.Count];
            volatility[i] = new double[list.Count];
            for (var k = 0; k < list.Count; k++)
            {
                position[i, list[k]] = k;
                var rel = p.Relations.First(r => r.From == ids[i] && r.To == ids[list[k]]);
                returns[i][k] = rel.Returns;
                volatility[i][k] = rel.Volatility;
            }
        }
        Counterparties = Frozen(counterparties);
        Returns = Frozen(returns);
        Volatility = Frozen(volatility);
        Position = new Grid<int>(position);
        MaxCounterparties = counterparties.Max(c => c.Length);

        var rivalry = new double[a, a];
        foreach (var r in p.Rivalries)
        {
            var x = index[r.A];
            var y = index[r.B];
            rivalry[x, y] = rivalry[y, x] = r.Intensity;
        }
        Rivalry = new Grid<double>(rivalry);
        var threat = new double[a, a];
        for (var i = 0; i < a; i++)
            for (var j = 0; j < a; j++) threat[i, j] = 1.0;
        foreach (var t in p.Threats) threat[index[t.From], index[t.To]] = t.Multiplier;
        Threat = new Grid<double>(threat);

        // Action sets, resolved to indices.
        var actions = new ModelAction[a][];
        var actionLabels = new string[a][];
        for (var i = 0; i < a; i++)
        {
            if (kinds[i] == ActorKind.Partner)
            {
                actions[i] = [];
                actionLabels[i] = [];
                continue;
            }
            var labels = ActionSet.For(p, ids[i]);
            actions[i] = [.. labels.Select(l => new ModelAction(l.Archetype, l.Target is null ? -1 : index[l.Target]))];
            actionLabels[i] = [.. labels.Select(l => l.ToString())];
        }
        Actions = Frozen(actions);
        ActionLabels = Frozen(actionLabels);

        Strategies = p.Strategies;
        Split = p.Strategies.Hedging.Split;
        Depreciation = p.Insurance.Depreciation;
        Efficiency = p.Insurance.Efficiency;

        var s = p.Shocks;
        ShockKinds = s.Catalog.Kinds;
        var hazard = new double[ShockKinds.Length];
        var severity = new double[ShockKinds.Length];
        var by = new double[ShockKinds.Length][];
        for (var slot = 0; slot < ShockKinds.Length; slot++)
        {
            var settings = ShockKinds[slot].Of(s);
            hazard[slot] = settings.Hazard;
            severity[slot] = settings.Severity;
            by[slot] = Multipliers(settings.By, index, a);
        }
        ShockHazard = Frozen(hazard);
        ShockSeverity = Frozen(severity);
        ShockBy = Frozen(by);
        Shocks = s;
        var imposedOn = new bool[a];
        foreach (var id in s.Sanctions.Imposed) imposedOn[index[id]] = true;
        var imposedBy = new bool[a, a];
        for (var r = 0; r < a; r++)
        {
            if (!imposedOn[r]) continue;
            for (var g = 0; g < a; g++)
            {
                var imposes = s.Sanctions.ImposedBy.IsEmpty
                    ? g != r && kinds[g] == ActorKind.Great
                    : s.Sanctions.ImposedBy.Contains(ids[g]) && g != r;
                imposedBy[r, g] = imposes;
            }
        }
        ImposedOn = Frozen(imposedOn);
        ImposedBy = new Grid<bool>(imposedBy);

        Routes = new RouteNetwork(p, index, counterparties, position);
    }

    // The arrays built above are handed over: nothing else holds them, so the model shared by parallel runs is immutable.
    private static ImmutableArray<T> Frozen<T>(T[] items) => ImmutableCollectionsMarshal.AsImmutableArray(items);

    private static ImmutableArray<ImmutableArray<T>> Frozen<T>(T[][] rows) => [.. rows.Select(Frozen)];

    /// <summary>The parameters this model was compiled from.</summary>
    public ModelParameters Parameters { get; }

    /// <summary>Number of actors.</summary>
    public int ActorCount { get; }

    /// <summary>Actor ids by index.</summary>
    public ImmutableArray<string> Ids { get; }

    /// <summary>Actor kinds.</summary>
    public ImmutableArray<ActorKind> Kinds { get; }

    /// <summary>Relative capability.</summary>
    public ImmutableArray<double> Power { get; }

    /// <summary>Power an actor opposes to a coercer: its own plus cohesion × the other coalition members' power
    /// (equal to <see cref="Power"/> outside coalitions and at cohesion 0).</summary>
    public ImmutableArray<double> BargainingPower { get; }

    /// <summary>Openness.</summary>
    public ImmutableArray<double> Openness { get; }

    /// <summary>CARA coefficient.</summary>
    public ImmutableArray<double> RiskAversion { get; }

    /// <summary>Regulatory capacity ρ.</summary>
    public ImmutableArray<double> Capacity { get; }

    /// <summary>Influence value per unit of middle-power weight (great powers).</summary>
    public ImmutableArray<double> Influence { get; }

    /// <summary>Whether the actor is landlocked.</summary>
    public ImmutableArray<bool> Landlocked { get; }

    /// <summary>Counterparties of each actor (indices).</summary>
    public ImmutableArray<ImmutableArray<int>> Counterparties { get; }

    /// <summary>The largest number of counterparties of any actor.</summary>
    public int MaxCounterparties { get; }

    /// <summary>R per actor and counterparty position.</summary>
    public ImmutableArray<ImmutableArray<double>> Returns { get; }

    /// <summary>σ per actor and counterparty position.</summary>
    public ImmutableArray<ImmutableArray<double>> Volatility { get; }

    /// <summary>Position of actor j among i's counterparties, or −1.</summary>
    public Grid<int> Position { get; }

    /// <summary>Rivalry intensity (symmetric, zero off great-power pairs).</summary>
    public Grid<double> Rivalry { get; }

    /// <summary>Threat multiplier of g toward a (default 1).</summary>
    public Grid<double> Threat { get; }

    /// <summary>Action sets (empty for partners).</summary>
    public ImmutableArray<ImmutableArray<ModelAction>> Actions { get; }

    /// <summary>Action labels as text.</summary>
    public ImmutableArray<ImmutableArray<string>> ActionLabels { get; }

    /// <summary>Strategy parameters.</summary>
    public StrategyParameters Strategies { get; }

    /// <summary>Hedging split over (I, P, N).</summary>
    public ImmutableArray<double> Split { get; }

    /// <summary>δ.</summary>
    public double Depreciation { get; }

    /// <summary>k.</summary>
    public double Efficiency { get; }

    /// <summary>Shock parameters.</summary>
    public ShockParameters Shocks { get; }

    /// <summary>The shock kinds, by slot.</summary>
    public ImmutableArray<ShockKind> ShockKinds { get; }

    /// <summary>Base hazard by kind slot.</summary>
    public ImmutableArray<double> ShockHazard { get; }

    /// <summary>Severity by kind slot.</summary>
    public ImmutableArray<double> ShockSeverity { get; }

    /// <summary>Hazard multiplier by kind slot and source actor (the sanctioned actor, the controller, the coercer,
    /// the abandoning counterparty).</summary>
    public ImmutableArray<ImmutableArray<double>> ShockBy { get; }

    /// <summary>Whether the scenario imposes a sanctions regime on the actor.</summary>
    public ImmutableArray<bool> ImposedOn { get; }

    /// <summary>ImposedBy[r, g]: g takes part in the scenario's regime on r.</summary>
    public Grid<bool> ImposedBy { get; }

    /// <summary>Routes, demand and the implicit routes of actors without configured ones.</summary>
    public RouteNetwork Routes { get; }

    /// <summary>Whether the actor chooses an action.</summary>
    public bool Chooses(int actor) => Kinds[actor] != ActorKind.Partner;

    // A member of a coalition faces a coercer with its own power plus c times its partners' (seed 001: a unified block
    // resists "divide and rule"). Computed once per parameter set, so the round loop reads one array as before.
    private static double[] BargainingPowers(ModelParameters p, Dictionary<string, int> index, double[] power)
    {
        var bargaining = (double[])power.Clone();
        if (p.Coalitions.IsEmpty) return bargaining;
        foreach (var c in p.Coalitions)
        {
            // Cohesion 0 leaves every member's power untouched, bit for bit: it is the same world as no coalition.
            if (c.Cohesion == 0) continue;
            var members = c.Members.Select(id => index[id]).ToArray();
            foreach (var j in members)
            {
                var others = 0.0;
                foreach (var k in members)
                    if (k != j) others += power[k];
                bargaining[j] = power[j] + c.Cohesion * others;
            }
        }
        return bargaining;
    }

    private static double[] Multipliers(IReadOnlyDictionary<string, double> by, Dictionary<string, int> index, int a)
    {
        var m = new double[a];
        Array.Fill(m, 1.0);
        foreach (var (id, value) in by) m[index[id]] = value;
        return m;
    }
}
