using HedgeAgents.Core.Engine;

namespace HedgeAgents.Core.Tests.Engine;

/// <summary>Design rule: the round loop allocates nothing, so a run's allocations do not grow with its length.</summary>
public class AllocationTests
{
    private sealed class Ignore : IRoundObserver
    {
        public void OnRound(RoundView view) { }
    }

    private static long AllocatedByRun(int rounds, string rule, bool coalition = false)
    {
        var p = World.Build([0.3, 0.25, 0.2, 0.2, 0.1, 0.1], sigma: 0.2, hazard: 0.1, rivalry: 0.6,
            learning: World.Rule(rule));
        if (coalition)
        {
            // A second middle power with MID's relations, the two in a coalition (docs/model.md §7.4).
            p = p with
            {
                Actors = p.Actors.Insert(1, World.Actor("M2", Core.Parameters.ActorKind.Middle, learning: World.Rule(rule), power: 0.1)),
                Relations = p.Relations.AddRange(p.Relations.Where(r => r.From == "MID").Select(r => r with { From = "M2" })),
                Coalitions = [new Core.Parameters.CoalitionSpec("C5", ["MID", "M2"], 0.7)],
            };
        }
        var sim = new Simulation(World.Spec(p, rounds, 0), 11);
        var observer = new Ignore();
        var before = GC.GetAllocatedBytesForCurrentThread();
        sim.Run(observer);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static long AllocatedBySummarisedRun(int rounds)
    {
        var p = World.Build([0.3, 0.25, 0.2, 0.2, 0.1, 0.1], sigma: 0.2, hazard: 0.1, rivalry: 0.6, learning: World.Rule("ewa"));
        var sim = new Simulation(World.Spec(p, rounds, 0), 11);
        var m = new CompiledModel(p);
        var summary = new Core.Indicators.SummaryObserver(m.Ids, [.. Enumerable.Range(0, m.ActorCount).Select(m.Chooses)], rounds, 0);
        var before = GC.GetAllocatedBytesForCurrentThread();
        sim.Run(summary);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Test]
    public void Run_SummaryObserver_RecordsWeightsWithoutAllocatingPerRound()
    {
        // Given the summary observer (archetypes, payoffs and the engagement weights per counterparty), warmed up
        AllocatedBySummarisedRun(20);

        // When runs of 100 and 1000 rounds are observed (its buffers are sized before the run)
        var short_ = AllocatedBySummarisedRun(100);
        var long_ = AllocatedBySummarisedRun(1000);

        // Then recording allocates nothing per round either
        Assert.That(long_ - short_, Is.LessThan(1024), $"100 rounds: {short_} B, 1000 rounds: {long_} B");
    }

    private static IEnumerable<string> EveryRule() => Core.Learning.LearningRules.Registry.Names;

    [TestCaseSource(nameof(EveryRule))]
    public void Run_TenTimesMoreRounds_AllocatesNoMore(string rule)
    {
        // Given a turbulent world (hedging portfolios, shocks, route closures) and a warmed-up JIT
        AllocatedByRun(20, rule);

        // When runs of 100 and 1000 rounds are measured
        var short_ = AllocatedByRun(100, rule);
        var long_ = AllocatedByRun(1000, rule);

        // Then the longer run allocates at most a few hundred bytes more (tiered JIT may allocate once), not per round
        Assert.That(long_ - short_, Is.LessThan(1024), $"100 rounds: {short_} B, 1000 rounds: {long_} B");
    }

    [TestCase("best-response")]
    [TestCase("imitation")]
    public void Run_CoalitionOfTwoMiddlePowers_TenTimesMoreRoundsAllocatesNoMore(string rule)
    {
        // Given two middle powers in a coalition (pooled bargaining power is compiled once, not computed per round)
        AllocatedByRun(20, rule, coalition: true);

        // When runs of 100 and 1000 rounds are measured
        var short_ = AllocatedByRun(100, rule, coalition: true);
        var long_ = AllocatedByRun(1000, rule, coalition: true);

        // Then the longer run allocates no more than a few hundred bytes more
        Assert.That(long_ - short_, Is.LessThan(1024), $"100 rounds: {short_} B, 1000 rounds: {long_} B");
    }

    [Test]
    public void Step_EventRounds_AllocateNothing()
    {
        // Given a run with an event every ten rounds that raises a hazard (learning left alone), warmed up
        var p = World.Build([0.3, 0.25, 0.2, 0.2, 0.1, 0.1], sigma: 0.2, hazard: 0.1, rivalry: 0.6, learning: World.Rule("ewa"));
        var events = Enumerable.Range(1, 20).Select(k => new Core.Parameters.ScheduledParameters(10 * k, $"e{k}",
            p with { Shocks = p.Shocks with { Sanctions = p.Shocks.Sanctions with { Hazard = 0.1 + 0.01 * k } } })).ToArray();
        var spec = new Core.Parameters.RunSpec(p, 300, 0, [.. events]);
        var sim = new Simulation(spec, 5);
        var observer = new Ignore();
        for (var t = 0; t < 25; t++) sim.Step(observer);

        // When rounds 25 to 299, with 18 of the events, are played
        var before = GC.GetAllocatedBytesForCurrentThread();
        while (sim.Step(observer)) { }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then nothing was allocated: switching to an event's compiled model and comparing rules costs no memory
        Assert.That(allocated, Is.LessThan(512), $"{allocated} B over 275 rounds");
    }
}
