using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Tests.Support;

namespace HedgeAgents.Core.Tests.Properties;

/// <summary>MODEL.md section 8: a scheduled parameter change takes effect at its round.</summary>
public class ScenarioEventTests
{
    [TestCase(30)]
    [TestCase(1)]
    public void Run_HazardRisesAtRoundT_BestResponderSwitchesFromEquidistanceToHedgingAtT(int at)
    {
        // Given a calm world with similar partners (equidistance is best) and, from round t, a turbulent one
        double[] returns = [0.3, 0.3, 0.3, 0.3, 0.3, 0.3];
        var calm = World.Build(returns, sigma: 0.2, hazard: 0.0, rivalry: 0.6);
        var turbulent = World.Build(returns, sigma: 0.2, hazard: 0.3, rivalry: 0.6);
        var spec = new RunSpec(calm, 80, 0, [new ScheduledParameters(at, "shock", turbulent)]);

        // When the run is played
        var trace = TraceObserver.Run(spec, 11);

        // Then MID plays equidistance in every round before t and hedging in every round from t,
        // and the event's label is reported in round t only
        foreach (var r in trace.Rounds)
        {
            Assert.That(r.Actors[0].Archetype, Is.EqualTo(r.Round < at ? Archetype.Equidistance : Archetype.Hedging), $"round {r.Round}");
            Assert.That(r.EventLabel, Is.EqualTo(r.Round == at ? "shock" : null), $"round {r.Round}");
        }
    }

    [Test]
    public void Run_EventAtRoundT_EarlierRoundsIdenticalToRunWithoutIt()
    {
        // Given a turbulent, learning world, with and without an event at round 40 that imposes sanctions on CHN too
        var p = World.Build([0.3, 0.5, 0.4, 0.2, 0.1, 0.15], sigma: 0.2, hazard: 0.2, rivalry: 0.6,
            learning: World.Rule("q-learning"));
        var later = p with { Shocks = p.Shocks with { Sanctions = p.Shocks.Sanctions with { Imposed = ["RUS", "CHN"] } } };
        var without = World.Spec(p, rounds: 60, burnIn: 0);
        var with = new RunSpec(p, 60, 0, [new ScheduledParameters(40, "sanctions on CHN", later)]);

        // When both run with one seed
        var a = TraceObserver.Run(without, 8).Fingerprint();
        var b = TraceObserver.Run(with, 8).Fingerprint();

        // Then rounds before 40 are identical and some later round differs
        static bool Before(string line) => int.Parse(line[..line.IndexOf('|')], System.Globalization.CultureInfo.InvariantCulture) < 40;
        Assert.That(b.Where(Before), Is.EqualTo(a.Where(Before)));
        Assert.That(b, Is.Not.EqualTo(a));
    }
}
