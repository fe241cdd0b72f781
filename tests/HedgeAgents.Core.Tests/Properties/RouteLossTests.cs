using HedgeAgents.Core.Shocks;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Tests.Support;
using static HedgeAgents.Core.Tests.Support.RouteWorld;

namespace HedgeAgents.Core.Tests.Properties;

/// <summary>MODEL.md section 9 item 6 in a run: the disruption loss is exactly the unmet share of the engaged value.</summary>
public class RouteLossTests
{
    [Test]
    public void DisruptionLoss_ForcedClosureCoveredBySpareCapacity_Zero()
    {
        // Given demand 15 toward CHN, hazard 0, and Altynkol forced closed for 5 rounds (Dostyk alone carries 18.27)
        var p = RouteWorld.Build(chinaDemand: 15, closedRoute: "altynkol", closedRounds: 5);

        // When MID (fixed equidistance) plays 8 rounds
        var trace = TraceObserver.Run(World.Spec(p, rounds: 8, burnIn: 0), 3);

        // Then it loses nothing to disruption in any round
        Assert.That(trace.Rounds.Select(r => r.Actors[0].Parts.Loss(DisruptionKind.Slot)), Has.All.EqualTo(0.0));
    }

    [TestCase("equidistance")]
    [TestCase("bandwagoning:CHN")]
    [TestCase("hedging")]
    public void DisruptionLoss_ForcedClosureWithDeficit_OpennessSeverityUnmetWeightReturns(string action)
    {
        // Given demand 30 toward CHN, hazard 0, initial redundancy N = 0.2, and Dostyk forced closed for 3 rounds
        const int closedRounds = 3;
        const double demand = 30, severity = 0.8;
        var p = RouteWorld.Build(chinaDemand: demand, closedRoute: "dostyk", closedRounds: closedRounds,
            severity: severity, redundancy: 0.2, midAction: action);
        var m = new CompiledModel(p);
        var china = m.Position[0, m.Ids.IndexOf("CHN")];
        var openness = m.Openness[0];
        var returns = m.Returns[0][china];

        // When MID holds the action for 6 rounds
        var trace = TraceObserver.Run(World.Spec(p, rounds: 6, burnIn: 0), 3);

        // Then in each closed round the loss is openness · severity · unmet · w_CHN · R_CHN, where
        // unmet = (D − min(D, 13.79 + N·18.27))/D at the N held during the round (within 1e-14 relative),
        // and once the route reopens the loss is exactly 0
        var n = 0.2;
        foreach (var r in trace.Rounds)
        {
            var mid = r.Actors[0];
            var unmet = (demand - Math.Min(demand, Altynkol + n * Dostyk)) / demand;
            var expected = r.Round < closedRounds ? openness * severity * unmet * mid.Weights[china] * returns : 0.0;
            Assert.That(mid.Parts.Loss(DisruptionKind.Slot), Is.EqualTo(expected).Within(1e-14 * expected), $"round {r.Round}");
            if (r.Round < closedRounds) Assert.That(expected, Is.GreaterThan(0.01), "the test must see a real loss");
            // N−1 resilience reported for the round is the network's at the updated N
            n = mid.Stocks[2];
            Assert.That(mid.Resilience, Is.EqualTo(m.Routes.Resilience(0, n)).Within(1e-15));
        }
    }

    [Test]
    public void DisruptionLoss_ImplicitRoutesAllClosed_UnmetShareIsOneMinusRedundancy()
    {
        // Given no configured routes, disruption hazard 1 (every implicit route closed every round), other hazards 0,
        // and initial redundancy N = 0.4 that decays while MID holds equidistance
        var p = RouteWorld.Build(severity: 0.8, redundancy: 0.4, disruptionHazard: 1.0) with { Routes = [], Demand = [] };
        var m = new CompiledModel(p);

        // When MID plays 10 rounds
        var trace = TraceObserver.Run(World.Spec(p, rounds: 10, burnIn: 0), 5);

        // Then loss / (openness · severity · Σ_k w_k R_k) = 1 − N at the N held during the round (within 1e-12)
        var n = 0.4;
        foreach (var r in trace.Rounds)
        {
            var mid = r.Actors[0];
            var engaged = mid.Weights.Select((w, k) => w * m.Returns[0][k]).Sum();
            var share = mid.Parts.Loss(DisruptionKind.Slot) / (m.Openness[0] * 0.8 * engaged);
            Assert.That(share, Is.EqualTo(1 - n).Within(1e-12), $"round {r.Round}");
            n = mid.Stocks[2];
        }
        Assert.That(n, Is.LessThan(0.4), "N decayed, so the test saw several values of 1 − N");
    }
}
