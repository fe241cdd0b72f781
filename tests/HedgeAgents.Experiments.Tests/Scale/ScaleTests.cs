using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Running;

namespace HedgeAgents.Experiments.Tests.Scale;

/// <summary>Large and extreme experiments: 50 actors and 20 routes run, the cost grows with the relations and not
/// faster, and extreme but valid values give finite payoffs and summaries.</summary>
public class ScaleTests
{
    private static ExperimentConfig Load(LargeExperiment e) => ExperimentLoader.LoadFromText(e.Yaml(), "large.yaml");

    private static void AssertFinite(IReadOnlyList<ReplicationResult> results, string what)
    {
        foreach (var s in results.SelectMany(r => r.Summaries))
        {
            double[] values = [s.ShareBalancing, s.ShareBandwagoning, s.ShareEquidistance, s.ShareHedging, s.MeanPayoff, s.SdPayoff,
                s.Q05Payoff, s.Cvar05Payoff, s.MeanLosses, .. s.MeanWeights];
            Assert.That(values.All(double.IsFinite), Is.True, $"{what}: {s}");
        }
        foreach (var row in results.SelectMany(r => r.RoundsRows.Split('\n')))
            Assert.That(row, Does.Not.Contain("NaN").And.Not.Contain("Infinity").And.Not.Contain("∞"), what);
    }

    [Test]
    public void Run_FiftyActorsTwentyRoutes_RunsWithFiniteSummaries()
    {
        // Given 10 middle powers, 10 great powers, 30 partners and 20 routes (220 relations), 100 rounds × 5 replications
        var experiment = new LargeExperiment(Middle: 10, Great: 10, Partners: 30, Routes: 20);
        var config = Load(experiment);
        Assert.That(config.Initial.Actors.Length, Is.EqualTo(50));

        // When run on two threads
        var clock = Stopwatch.StartNew();
        var results = ExperimentRunner.Run(config, threads: 2);
        TestContext.Out.WriteLine($"50 actors, {experiment.Relations} relations, 20 routes, 100 rounds × 5 replications on 2 threads: {clock.Elapsed.TotalSeconds:F2} s");

        // Then every replication summarises every choosing actor, all finite
        Assert.That(results, Has.Count.EqualTo(5));
        Assert.That(results.All(r => r.Summaries.Length >= 10), Is.True, "every middle power chooses");
        AssertFinite(results, "50 actors");
    }

    [Test]
    public void Run_ExtremeButValidValues_FinitePayoffsAndSummaries()
    {
        // Given worlds of 3 middle, 3 great, 4 partners and 4 routes with each value at an extreme of its valid range:
        // hazard 0 or 1 for every kind of shock, power ratios up to 10⁶, zero returns, openness 0 or 1, capacity 0,
        // risk aversion 0 or 50, volatility 0 or 5
        var worlds = from hazard in Gen.Elements(0.0, 1.0, 0.5)
                     from great in Gen.Elements(1e-6, 1.0, 1e6)
                     from returns in Gen.Elements(0.0, 1e-9, 1.0, 1e3)
                     from openness in Gen.Elements(0.0, 1.0)
                     from capacity in Gen.Elements(0.0, 1e6)
                     from riskAversion in Gen.Elements(0.0, 50.0)
                     from volatility in Gen.Elements(0.0, 5.0)
                     select new LargeExperiment(3, 3, 4, 4, Rounds: 30, Replications: 2)
                     {
                         Hazard = hazard, GreatPower = great, Returns = returns, Openness = openness, Capacity = capacity,
                         RiskAversion = riskAversion, Volatility = volatility,
                     };

        // When each is run / Then every payoff, share, risk measure and weight is finite
        Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(60).WithReplay(
                Microsoft.FSharp.Core.FSharpOption<Replay>.Some(new Replay(new Rnd(4_009, 0x9E3779B97F4A7C15), Microsoft.FSharp.Core.FSharpOption<int>.None))),
            Prop.ForAll(worlds.ToArbitrary(), world =>
            {
                AssertFinite(ExperimentRunner.Run(Load(world), threads: 1), world.ToString());
            }));
    }
}
