using System.Collections.Immutable;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Routes;

/// <summary>The transit network: each actor's routes toward the partners they serve, with capacities and demand.</summary>
/// <remarks>
/// When routes close, flow toward a partner reroutes over the open routes that serve it, and redundancy N adds
/// reserved capacity worth N of what the closed routes carried: deliverable = min(D, Σ_open c + N·Σ_closed c).
/// An actor with no configured routes has one implicit route per counterparty, controlled by that counterparty,
/// for which the same formula gives an unmet share of 1 − N on closure.
/// </remarks>
public sealed class RouteNetwork
{
    /// <summary>Compiles the routes of a parameter set.</summary>
    public RouteNetwork(ModelParameters p, IReadOnlyDictionary<string, int> index, int[][] counterparties, int[,] position)
    {
        var a = p.Actors.Length;
        Count = p.Routes.Length;
        Ids = [.. p.Routes.Select(r => r.Id)];
        Actor = [.. p.Routes.Select(r => index[r.Actor])];
        Serves = [.. p.Routes.Select(r => index[r.Serves])];
        Controller = [.. p.Routes.Select(r => r.Controller is null ? -1 : index[r.Controller])];
        Capacity = [.. p.Routes.Select(r => r.Capacity)];
        HazardMultiplier = [.. p.Routes.Select(r => r.Hazard)];
        Outage = [.. p.Routes.Select(r => r.Outage)];
        ForcedClosed = [.. p.Routes.Select(r => r.Closed)];
        var hasRoutes = new bool[a];
        var routesOf = new ImmutableArray<int>[a];
        for (var i = 0; i < a; i++)
        {
            var mine = Enumerable.Range(0, Count).Where(r => Actor[r] == i).ToArray();
            routesOf[i] = [.. mine];
            hasRoutes[i] = mine.Length > 0;
        }
        HasRoutes = [.. hasRoutes];
        RoutesOf = [.. routesOf];
        var demand = new double[a, a];
        for (var r = 0; r < Count; r++) demand[Actor[r], Serves[r]] += Capacity[r];
        foreach (var d in p.Demand) demand[index[d.Actor], index[d.Partner]] = d.Volume;
        var total = new double[a];
        for (var i = 0; i < a; i++)
            for (var j = 0; j < a; j++) total[i] += demand[i, j];
        Demand = new Grid<double>(demand);
        TotalDemand = [.. total];
        _counterparties = counterparties;
        _position = position;
    }

    private readonly int[][] _counterparties;
    private readonly int[,] _position;

    /// <summary>Number of configured routes.</summary>
    public int Count { get; }

    /// <summary>Route ids.</summary>
    public ImmutableArray<string> Ids { get; }

    /// <summary>The actor whose flows use each route.</summary>
    public ImmutableArray<int> Actor { get; }

    /// <summary>The actor each route serves.</summary>
    public ImmutableArray<int> Serves { get; }

    /// <summary>The controller of each route, or −1.</summary>
    public ImmutableArray<int> Controller { get; }

    /// <summary>Capacity of each route.</summary>
    public ImmutableArray<double> Capacity { get; }

    /// <summary>Per-route hazard multiplier.</summary>
    public ImmutableArray<double> HazardMultiplier { get; }

    /// <summary>Per-route probability of a closure no player chooses (see <see cref="Parameters.RouteSpec.Outage"/>).</summary>
    public ImmutableArray<double> Outage { get; }

    /// <summary>Rounds a scenario forces each route closed from when the value is set.</summary>
    public ImmutableArray<int> ForcedClosed { get; }

    /// <summary>Whether an actor has configured routes (otherwise it has implicit ones).</summary>
    public ImmutableArray<bool> HasRoutes { get; }

    /// <summary>Configured routes of each actor.</summary>
    public ImmutableArray<ImmutableArray<int>> RoutesOf { get; }

    /// <summary>Demand[a, j]: flow of actor a toward j over its routes.</summary>
    public Grid<double> Demand { get; }

    /// <summary>Total route demand of each actor.</summary>
    public ImmutableArray<double> TotalDemand { get; }

    /// <summary>Flow toward <paramref name="partner"/> that the open routes plus redundancy can carry.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="partner">The served actor.</param>
    /// <param name="closed">Closure flag of every route.</param>
    /// <param name="redundancy">N of the actor.</param>
    /// <param name="failed">A route to treat as closed in addition (−1 for none).</param>
    public double Deliverable(int actor, int partner, ReadOnlySpan<bool> closed, double redundancy, int failed = -1)
    {
        var open = 0.0;
        var shut = 0.0;
        foreach (var r in RoutesOf[actor])
        {
            if (Serves[r] != partner) continue;
            if (closed[r] || r == failed) shut += Capacity[r];
            else open += Capacity[r];
        }
        return Math.Min(Demand[actor, partner], open + redundancy * shut);
    }

    /// <summary>Share of demand toward <paramref name="partner"/> left unmet (0 when there is no demand).</summary>
    public double UnmetShare(int actor, int partner, ReadOnlySpan<bool> closed, double redundancy, int failed = -1)
    {
        var d = Demand[actor, partner];
        if (!(d > 0)) return 0.0;
        return (d - Deliverable(actor, partner, closed, redundancy, failed)) / d;
    }

    /// <summary>N−1 resilience of an actor with configured routes: the smallest deliverable share of its total
    /// demand after any single (built) route fails, all others open.</summary>
    public double Resilience(int actor, double redundancy)
    {
        var total = TotalDemand[actor];
        if (!(total > 0)) return 1.0;
        Span<bool> none = stackalloc bool[Count];
        var worst = 1.0;
        var any = false;
        foreach (var failed in RoutesOf[actor])
        {
            if (!(Capacity[failed] > 0)) continue;
            any = true;
            var delivered = 0.0;
            for (var j = 0; j < Demand.Columns; j++)
                if (Demand[actor, j] > 0) delivered += Deliverable(actor, j, none, redundancy, failed);
            worst = Math.Min(worst, delivered / total);
        }
        if (!any)
        {
            var delivered = 0.0;
            for (var j = 0; j < Demand.Columns; j++)
                if (Demand[actor, j] > 0) delivered += Deliverable(actor, j, none, redundancy);
            return delivered / total;
        }
        return worst;
    }

    /// <summary>N−1 resilience over implicit routes: losing the route to the most-weighted counterparty leaves
    /// 1 − (1 − N)·max share of engagement.</summary>
    public static double ImplicitResilience(ReadOnlySpan<double> weights, double redundancy)
    {
        var sum = 0.0;
        var max = 0.0;
        foreach (var w in weights)
        {
            sum += w;
            max = Math.Max(max, w);
        }
        return sum > 0 ? 1.0 - (1.0 - redundancy) * max / sum : 1.0;
    }

    /// <summary>Counterparty position of the partner a route serves, or −1 when it is not a counterparty.</summary>
    public int ServedPosition(int route) => _position[Actor[route], Serves[route]];

    /// <summary>1 − HHI of the flows an actor's open routes carry (flows split in proportion to capacity up to demand).</summary>
    public double FlowDiversification(int actor, ReadOnlySpan<bool> closed)
    {
        var sum = 0.0;
        var sq = 0.0;
        foreach (var r in RoutesOf[actor])
        {
            if (closed[r]) continue;
            var partner = Serves[r];
            var open = 0.0;
            foreach (var q in RoutesOf[actor])
                if (Serves[q] == partner && !closed[q]) open += Capacity[q];
            var flow = open > 0 ? Math.Min(Demand[actor, partner], open) * Capacity[r] / open : 0.0;
            sum += flow;
            sq += flow * flow;
        }
        return sum > 0 ? 1.0 - sq / (sum * sum) : 0.0;
    }

    /// <summary>Number of counterparties of an actor.</summary>
    public int CounterpartyCount(int actor) => _counterparties[actor].Length;
}
