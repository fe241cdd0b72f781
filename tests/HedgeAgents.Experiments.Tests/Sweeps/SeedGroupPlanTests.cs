using System.Text;
using HedgeAgents.Core.Random;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Sweeps;
using HedgeAgents.Experiments.Sweeps.Output;

namespace HedgeAgents.Experiments.Tests.Sweeps;

/// <summary>The seeds a sweep gives its runs: hashed from (master seed, seed group, replication), where the seed group
/// is the point for grid and lhs (their seeds as before) and the base sample or trajectory for sobol and morris (common
/// random numbers); the manifest says which.</summary>
public class SeedGroupPlanTests
{
    private static SweepPlan Plan(string design, string settings) => new(ExperimentLoader.LoadFromText(
        Tests.Config.Experiments.Minimal + "\n" + $"sweep:\n  design: {design}\n  {settings}\n  parameters:\n" +
        "    shocks.sanctions.hazard: {min: 0.1, max: 0.3}\n    relations.KAZ.CHN.returns: {min: 0.01, max: 1}\n", "test.yaml"));

    [TestCase("grid", "samples: 0", 1)]
    [TestCase("lhs", "samples: 6", 1)]
    [TestCase("sobol", "samples: 4", 2 + 2)]
    [TestCase("morris", "samples: 3", 2 + 1)]
    public void SeedOf_EveryRun_HashOfMasterGroupAndReplication(string design, string settings, int pointsPerGroup)
    {
        // Given a sweep of two parameters (a grid over two stepped ranges)
        var plan = design == "grid"
            ? new SweepPlan(ExperimentLoader.LoadFromText(Tests.Config.Experiments.Minimal + "\nsweep:\n  design: grid\n  parameters:\n" +
                "    shocks.sanctions.hazard: {min: 0.1, max: 0.3, steps: 3}\n    relations.KAZ.CHN.returns: [0.1, 0.2]\n", "test.yaml"))
            : Plan(design, settings);

        // When every run's seed is read / Then it hashes (master, point / points per group, replication)
        for (var p = 0L; p < plan.Points; p++)
            for (var r = 0; r < 2; r++)
                Assert.That(plan.SeedOf(p, r), Is.EqualTo(SeedDerivation.RunSeed(plan.Config.Seed, p / pointsPerGroup, r)), $"point {p}, replication {r}");
    }

    [Test]
    public void SeedOf_SobolBaseSample_OneSeedPerReplicationAcrossItsPoints_OthersDiffer()
    {
        // Given a sobol sweep of 4 base samples on 2 axes
        var plan = Plan("sobol", "samples: 4");

        // When the seeds of base sample 1 (points 4..7) and of base sample 2 are read
        var sample1 = Enumerable.Range(4, 4).Select(p => plan.SeedOf(p, 0)).Distinct().ToList();
        var sample2 = plan.SeedOf(8, 0);

        // Then A, AB^(1), AB^(2) and B share one seed, another base sample and another replication have others
        Assert.That(sample1, Has.Count.EqualTo(1));
        Assert.That(sample2, Is.Not.EqualTo(sample1[0]));
        Assert.That(plan.SeedOf(4, 1), Is.Not.EqualTo(sample1[0]));
    }

    [TestCase("lhs", "samples: 6", "\"runSeeds\": \"hash of (seed, point, replication); each row of runs.csv gives its own\"")]
    [TestCase("sobol", "samples: 4", "\"runSeeds\": \"hash of (seed, base sample, replication), base sample = floor(point / 4): A, B and every AB point")]
    [TestCase("morris", "samples: 3", "\"runSeeds\": \"hash of (seed, trajectory, replication), trajectory = floor(point / 3): the points")]
    public void ManifestHead_SaysHowSeedsAreDerived(string design, string settings, string expected)
    {
        // Given a sweep plan / When its manifest head is written / Then it states the seed rule, unchanged for lhs
        var head = Encoding.UTF8.GetString(SweepManifest.Head(Plan(design, settings), "hedge sweep test.yaml", withCommit: false));
        Assert.That(head, Does.Contain(expected));
    }
}
