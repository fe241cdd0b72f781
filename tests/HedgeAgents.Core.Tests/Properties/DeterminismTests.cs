using HedgeAgents.Core.Shocks;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Tests.Support;

namespace HedgeAgents.Core.Tests.Properties;

/// <summary>MODEL.md section 9 item 1 and section 4: runs are functions of (spec, seed); the environment's draws
/// do not depend on how anyone learns.</summary>
public class DeterminismTests
{
    // A turbulent world in which MID and two great powers learn with randomness of their own.
    private static ModelParameters Learning(string russiaRule = "q-learning")
    {
        var p = World.Build([0.3, 0.5, 0.4, 0.2, 0.1, 0.15], sigma: 0.3, hazard: 0.25, rivalry: 0.6,
            learning: World.Rule("best-response", ("inertia", "0.2"), ("temperature", "0.01")));
        return p with
        {
            Actors = [.. p.Actors.Select(a => a.Id switch
            {
                "RUS" => a with { Learning = russiaRule == "fixed" ? World.Fixed("equidistance") : World.Rule(russiaRule) },
                "CHN" => a with { Learning = World.Rule("q-learning", ("exploration", "epsilon-greedy"), ("epsilon", "0.3")) },
                _ => a,
            })],
        };
    }

    [Test]
    public void Run_SameSpecAndSeed_IdenticalRoundByRoundTrace()
    {
        // Given one spec and seed
        var spec = World.Spec(Learning(), rounds: 120, burnIn: 0);

        // When it is run twice
        var first = TraceObserver.Run(spec, 2024).Fingerprint();
        var second = TraceObserver.Run(spec, 2024).Fingerprint();

        // Then every action, payoff part, weight, stock, indicator and fired shock is identical (round-trip text)
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Run_ParallelAndSerial_IdenticalTraces()
    {
        // Given four seeds of one spec
        var spec = World.Spec(Learning(), rounds: 80, burnIn: 0);
        ulong[] seeds = [1, 2, 3, 4];

        // When they run one after another, and concurrently on the thread pool
        var serial = seeds.Select(s => TraceObserver.Run(spec, s).Fingerprint()).ToArray();
        var parallel = new List<string>[seeds.Length];
        Parallel.For(0, seeds.Length, i => parallel[i] = TraceObserver.Run(spec, seeds[i]).Fingerprint());

        // Then each seed's trace is the same either way
        for (var i = 0; i < seeds.Length; i++) Assert.That(parallel[i], Is.EqualTo(serial[i]), $"seed {seeds[i]}");
    }

    [Test]
    public void Run_DifferentSeedUnderShocks_DifferentTrace()
    {
        // Given one spec with shocks and noise
        var spec = World.Spec(Learning(), rounds: 50, burnIn: 0);

        // When run with two seeds
        var a = TraceObserver.Run(spec, 1);
        var b = TraceObserver.Run(spec, 2);

        // Then MID's payoffs differ in most rounds, and the fired shocks differ
        var differing = a.Rounds.Zip(b.Rounds).Count(x => x.First.Actors[0].Parts.Payoff != x.Second.Actors[0].Parts.Payoff);
        Assert.That(differing, Is.GreaterThan(45));
        Assert.That(b.Fingerprint(), Is.Not.EqualTo(a.Fingerprint()));
    }

    [TestCase("q-learning")]
    [TestCase("best-response")]
    public void Run_OtherActorsLearningRuleSwapped_FixedActorsDrawsUnchanged(string russiaRule)
    {
        // Given MID fixed at equidistance (its weights never change), and RUS either fixed or learning
        ModelParameters WithMid(ModelParameters p) => p with
        {
            Actors = [.. p.Actors.Select(a => a.Id == "MID" ? a with { Learning = World.Fixed("equidistance") } : a)],
        };
        var spec = World.Spec(WithMid(Learning("fixed")), rounds: 100, burnIn: 0);
        var swapped = World.Spec(WithMid(Learning(russiaRule)), rounds: 100, burnIn: 0);

        // When both run with one seed
        var a = TraceObserver.Run(spec, 77);
        var b = TraceObserver.Run(swapped, 77);

        // Then RUS plays differently, yet every draw MID sees is the same: its gross returns (one normal per relation),
        // and its coercion, abandonment and route losses (uniforms whose hazards depend on MID's own play only)
        var russia = new Core.Engine.CompiledModel(spec.Initial).Ids.IndexOf("RUS");
        Assert.That(b.Rounds.Select(r => r.Actors[russia].Label), Is.Not.EqualTo(a.Rounds.Select(r => r.Actors[russia].Label)));
        for (var t = 0; t < a.Rounds.Count; t++)
        {
            var x = a.Rounds[t].Actors[0].Parts;
            var y = b.Rounds[t].Actors[0].Parts;
            Assert.That((y.Returns, y.Loss(CoercionKind.Slot), y.Loss(AbandonmentKind.Slot), y.Loss(DisruptionKind.Slot)),
                Is.EqualTo((x.Returns, x.Loss(CoercionKind.Slot), x.Loss(AbandonmentKind.Slot), x.Loss(DisruptionKind.Slot))), $"round {t}");
        }
        Assert.That(a.Rounds.Sum(r => r.Actors[0].Parts.Loss(CoercionKind.Slot) + r.Actors[0].Parts.Loss(AbandonmentKind.Slot)), Is.GreaterThan(0),
            "shocks fired, so equal losses are evidence of equal draws");
    }
}
