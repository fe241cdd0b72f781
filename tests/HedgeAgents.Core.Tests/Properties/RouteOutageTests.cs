using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Shocks;
using HedgeAgents.Core.Tests.Support;

namespace HedgeAgents.Core.Tests.Properties;

/// <summary>A route's outage (a closure no player chooses: storm, breakdown, a third party's attack) is a hazard of
/// its own: it adds to the political hazard as an independent event and does not grow with the controller's hostility.</summary>
public class RouteOutageTests
{
    private static double RouteHazard(double outage, double politicalHazard, string action, string route = "northern")
    {
        var p = RouteWorld.Build(chinaDemand: 30, disruptionHazard: politicalHazard, midAction: action);
        p = p with { Routes = [.. p.Routes.Select(r => r.Id == route ? r with { Outage = outage } : r)] };
        var m = new CompiledModel(p);
        var r = m.Routes.Ids.IndexOf(route);
        var a = m.Ids.IndexOf("MID");
        var equal = Enumerable.Repeat(1.0 / m.Counterparties[a].Length, m.Counterparties[a].Length).ToArray();
        return Hazards.Route(m, r, a, m.Actions[a][m.ActionLabels[a].IndexOf(action)], equal);
    }

    [TestCase("equidistance")]
    [TestCase("balancing:RUS")]
    [TestCase("bandwagoning:RUS")]
    public void Route_OnlyAnOutage_HazardIsTheOutageWhateverTheStanceTowardTheController(string action)
    {
        // Given no political hazard and an outage of 0.3 on the Russian-controlled route
        // Then the closure probability is 0.3 under every stance (a storm is not pressure)
        Assert.That(RouteHazard(0.3, 0.0, action), Is.EqualTo(0.3).Within(1e-15));
    }

    [Test]
    public void Route_OutageAndPolitical_CombineAsIndependentEvents()
    {
        // Given a political probability p (from the hazard and hostility) and an outage q
        var p = RouteHazard(0.0, 0.1, "balancing:RUS");
        var both = RouteHazard(0.25, 0.1, "balancing:RUS");

        // Then the route closes with 1 − (1 − q)(1 − p), and hostility still moves only the political part
        Assert.That(p, Is.GreaterThan(0).And.LessThan(1));
        Assert.That(both, Is.EqualTo(1 - 0.75 * (1 - p)).Within(1e-15));
        Assert.That(RouteHazard(0.0, 0.1, "equidistance"), Is.LessThan(p), "the test needs hostility to move the political part");
    }

    [Test]
    public void Run_OutageOne_RouteClosedEveryRoundWithNoPoliticalHazard()
    {
        // Given an outage of 1 on Dostyk and no political hazard, demand 30 toward CHN (Altynkol alone cannot carry it)
        var p = RouteWorld.Build(chinaDemand: 30, severity: 0.8);
        p = p with { Routes = [.. p.Routes.Select(r => r.Id == "dostyk" ? r with { Outage = 1.0 } : r)] };

        // When MID plays 6 rounds
        var trace = TraceObserver.Run(World.Spec(p, rounds: 6, burnIn: 0), 3);

        // Then it loses to disruption in every round
        Assert.That(trace.Rounds.Select(r => r.Actors[0].Parts.Loss(DisruptionKind.Slot)), Has.All.GreaterThan(0.0));
    }
}
