using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Routes;
using HedgeAgents.Core.Shocks;
using System.Collections.Immutable;

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
        Ids = [.. p.Actors.Select(x => x.Id)];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < a; i++) index[Ids[i]] = i;
        Kinds = [.. p.Actors.Select(x => x.Kind)];
        Power = [.. p.Actors.Select(x => x.Power)];
        Openness = [.. p.Actors.Select(x => x.Openness)];
        RiskAversion = [.. p.Actors.Select(x => x.RiskAversion)];
        Capacity = [.. p.Actors.Select(x => x.RegulatoryCapacity)];
        Influence = [.. p.Actors.Select(x => x.Influence)];
        Landlocked = [.. p.Actors.Select(x => x.Landlocked)];
        BargainingPower = BargainingPowers(p, index, Power);

        // Counterparties: every other great power and partner the actor has a relation with, in actor order.
        Counterparties = new int[a][];
        Returns = new double[a][];
        Volatility = new double[a][];
        Position = new int[a, a];
        for (var i = 0; i < a; i++)
        {
            for (var j = 0; j < a; j++) Position[i, j] = -1;
            var list = new List<int>();
            for (var j = 0; j < a; j++)
            {
                if (j == i || Kinds[j] == ActorKind.Middle) continue;
                if (p.Relations.Any(r => r.From == Ids[i] && r.To == Ids[j])) list.Add(j);
            }
            Counterparties[i] = [.. list];
            Returns[i] = new double[list.Count];
            Volatility[i] = new double[list.Count];
            for (var k = 0; k < list.Count; k++)
            {
                Position[i, list[k]] = k;
                var rel = p.Relations.First(r => r.From == Ids[i] && r.To == Ids[list[k]]);
                Returns[i][k] = rel.Returns;
                Volatility[i][k] = rel.Volatility;
            }
        }
        MaxCounterparties = Counterparties.Max(c => c.Length);

        Rivalry = new double[a, a];
        foreach (var r in p.Rivalries)
        {
            var x = index[r.A];
            var y = index[r.B];
            Rivalry[x, y] = Rivalry[y, x] = r.Intensity;
        }
        Threat = new double[a, a];
        for (var i = 0; i < a; i++)
            for (var j = 0; j < a; j++) Threat[i, j] = 1.0;
        foreach (var t in p.Threats) Threat[index[t.From], index[t.To]] = t.Multiplier;

        // Action sets, resolved to indices.
        Actions = new ModelAction[a][];
        ActionLabels = new string[a][];
        for (var i = 0; i < a; i++)
        {
            if (Kinds[i] == ActorKind.Partner)
            {
                Actions[i] = [];
                ActionLabels[i] = [];
                continue;
            }
            var labels = ActionSet.For(p, Ids[i]);
            Actions[i] = [.. labels.Select(l => new ModelAction(l.Archetype, l.Target is null ? -1 : index[l.Target]))];
            ActionLabels[i] = [.. labels.Select(l => l.ToString())];
        }

        Strategies = p.Strategies;
        Split = [.. p.Strategies.Hedging.Split];
        Depreciation = p.Insurance.Depreciation;
        Efficiency = p.Insurance.Efficiency;

        var s = p.Shocks;
        ShockKinds = s.Catalog.Kinds;
        ShockHazard = new double[ShockKinds.Length];
        ShockSeverity = new double[ShockKinds.Length];
        ShockBy = new double[ShockKinds.Length][];
        for (var slot = 0; slot < ShockKinds.Length; slot++)
        {
            var settings = ShockKinds[slot].Of(s);
            ShockHazard[slot] = settings.Hazard;
            ShockSeverity[slot] = settings.Severity;
            ShockBy[slot] = Multipliers(settings.By, index, a);
        }
        Shocks = s;
        ImposedOn = new bool[a];
        foreach (var id in s.Sanctions.Imposed) ImposedOn[index[id]] = true;
        ImposedBy = new bool[a, a];
        for (var r = 0; r < a; r++)
        {
            if (!ImposedOn[r]) continue;
            for (var g = 0; g < a; g++)
            {
                var imposes = s.Sanctions.ImposedBy.IsDefaultOrEmpty
                    ? g != r && Kinds[g] == ActorKind.Great
                    : s.Sanctions.ImposedBy.Contains(Ids[g]) && g != r;
                ImposedBy[r, g] = imposes;
            }
        }

        Routes = new RouteNetwork(p, index, Counterparties, Position);
    }

    /// <summary>The parameters this model was compiled from.</summary>
    public ModelParameters Parameters { get; }

    /// <summary>Number of actors.</summary>
    public int ActorCount { get; }

    /// <summary>Actor ids by index.</summary>
    public string[] Ids { get; }

    /// <summary>Actor kinds.</summary>
    public ActorKind[] Kinds { get; }

    /// <summary>Relative capability.</summary>
    public double[] Power { get; }

    /// <summary>Power an actor opposes to a coercer: its own plus cohesion × the other coalition members' power
    /// (equal to <see cref="Power"/> outside coalitions and at cohesion 0).</summary>
    public double[] BargainingPower { get; }

    /// <summary>Openness.</summary>
    public double[] Openness { get; }

    /// <summary>CARA coefficient.</summary>
    public double[] RiskAversion { get; }

    /// <summary>Regulatory capacity ρ.</summary>
    public double[] Capacity { get; }

    /// <summary>Influence value per unit of middle-power weight (great powers).</summary>
    public double[] Influence { get; }

    /// <summary>Whether the actor is landlocked.</summary>
    public bool[] Landlocked { get; }

    /// <summary>Counterparties of each actor (indices).</summary>
    public int[][] Counterparties { get; }

    /// <summary>The largest number of counterparties of any actor.</summary>
    public int MaxCounterparties { get; }

    /// <summary>R per actor and counterparty position.</summary>
    public double[][] Returns { get; }

    /// <summary>σ per actor and counterparty position.</summary>
    public double[][] Volatility { get; }

    /// <summary>Position of actor j among i's counterparties, or −1.</summary>
    public int[,] Position { get; }

    /// <summary>Rivalry intensity (symmetric, zero off great-power pairs).</summary>
    public double[,] Rivalry { get; }

    /// <summary>Threat multiplier of g toward a (default 1).</summary>
    public double[,] Threat { get; }

    /// <summary>Action sets (empty for partners).</summary>
    public ModelAction[][] Actions { get; }

    /// <summary>Action labels as text.</summary>
    public string[][] ActionLabels { get; }

    /// <summary>Strategy parameters.</summary>
    public StrategyParameters Strategies { get; }

    /// <summary>Hedging split over (I, P, N).</summary>
    public double[] Split { get; }

    /// <summary>δ.</summary>
    public double Depreciation { get; }

    /// <summary>k.</summary>
    public double Efficiency { get; }

    /// <summary>Shock parameters.</summary>
    public ShockParameters Shocks { get; }

    /// <summary>The shock kinds, by slot.</summary>
    public ImmutableArray<ShockKind> ShockKinds { get; }

    /// <summary>Base hazard by kind slot.</summary>
    public double[] ShockHazard { get; }

    /// <summary>Severity by kind slot.</summary>
    public double[] ShockSeverity { get; }

    /// <summary>Hazard multiplier by kind slot and source actor (the sanctioned actor, the controller, the coercer,
    /// the abandoning counterparty).</summary>
    public double[][] ShockBy { get; }

    /// <summary>Whether the scenario imposes a sanctions regime on the actor.</summary>
    public bool[] ImposedOn { get; }

    /// <summary>ImposedBy[r, g]: g takes part in the scenario's regime on r.</summary>
    public bool[,] ImposedBy { get; }

    /// <summary>Routes, demand and the implicit routes of actors without configured ones.</summary>
    public RouteNetwork Routes { get; }

    /// <summary>Whether the actor chooses an action.</summary>
    public bool Chooses(int actor) => Kinds[actor] != ActorKind.Partner;

    // A member of a coalition faces a coercer with its own power plus c times its partners' (seed 001: a unified block
    // resists "divide and rule"). Computed once per parameter set, so the round loop reads one array as before.
    private static double[] BargainingPowers(ModelParameters p, Dictionary<string, int> index, double[] power)
    {
        var bargaining = (double[])power.Clone();
        if (p.Coalitions.IsDefaultOrEmpty) return bargaining;
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
