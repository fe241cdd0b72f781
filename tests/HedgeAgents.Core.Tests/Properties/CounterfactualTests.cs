using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Tests.Support;

namespace HedgeAgents.Core.Tests.Properties;

/// <summary>MODEL.md section 4 step 3: counterfactual payoffs reuse the round's random numbers, so they are exact.</summary>
public class CounterfactualTests
{
    // A turbulent world: every shock kind can fire, returns are noisy, and some great powers take sides.
    private static Parameters.ModelParameters Turbulent()
    {
        var p = World.Build([0.3, 0.5, 0.4, 0.2, 0.1, 0.15], sigma: 0.3, hazard: 0.3, rivalry: 0.6);
        return p with
        {
            Actors = [.. p.Actors.Select(a => a.Id switch
            {
                "USA" => a with { Learning = World.Fixed("balancing:RUS") },
                "EUR" => a with { Learning = World.Fixed("balancing:CHN") },
                _ => a,
            })],
        };
    }

    private static ScriptedRule RunScripted(Parameters.ModelParameters p, int rounds, ulong seed, params int[] script)
    {
        var rule = new ScriptedRule(script);
        var simulation = new Simulation(World.Spec(p, rounds, 0), seed);
        RuleInjection.Inject(simulation, 0, rule);
        simulation.Run(new TraceObserver());
        return rule;
    }

    [Test]
    public void Counterfactual_ActionActuallyPlayed_EqualsRealizedUtilityExactly()
    {
        // Given MID cycling through all ten actions (hedging included) in a turbulent world
        var p = Turbulent();
        var actions = new CompiledModel(p).Actions[0].Length;
        var script = Enumerable.Range(0, actions).Reverse().ToArray();

        // When it plays 60 rounds asking for counterfactuals
        var rule = RunScripted(p, 60, 17, script);

        // Then in every round the counterfactual of the played action equals the realized utility bit for bit,
        // and the counterfactuals are not all equal (they carry information)
        Assert.That(rule.Observations, Has.Count.EqualTo(60));
        foreach (var o in rule.Observations)
        {
            Assert.That(o.Counterfactual, Has.Length.EqualTo(actions));
            Assert.That(o.Counterfactual[o.Chosen], Is.EqualTo(o.Utility), $"round {o.Round}, action {o.Chosen}");
        }
        Assert.That(rule.Observations.Count(o => o.Counterfactual.Distinct().Count() > 1), Is.GreaterThan(50));
    }

    [Test]
    public void Counterfactual_EveryActionAtRoundZero_EqualsWhatPlayingItWouldHaveRealized()
    {
        // Given the same seed (so the same round-0 draws) and MID playing action 0 at round 0
        var p = Turbulent();
        var actions = new CompiledModel(p).Actions[0].Length;
        var counterfactual = RunScripted(p, 1, 99, 0).Observations[0].Counterfactual;

        for (var x = 0; x < actions; x++)
        {
            // When MID instead really plays action x at round 0
            var realized = RunScripted(p, 1, 99, x).Observations[0].Utility;

            // Then the counterfactual computed in the first run is exactly that realized utility
            Assert.That(counterfactual[x], Is.EqualTo(realized), $"action {x}");
        }
    }
}
