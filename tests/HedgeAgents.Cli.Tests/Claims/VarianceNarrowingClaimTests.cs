using System.Globalization;

namespace HedgeAgents.Cli.Tests.Claims;

/// <summary>Claim 3 of issue 6 (seed 000): hedging "reduces the variance of adverse outcomes". The experiments
/// <c>03-variance-narrowing.yaml</c> (post-2022 world) and <c>03-variance-narrowing-calm.yaml</c> (the pre-2022
/// calm) hold Kazakhstan on each of its ten actions; here at 40 replications instead of 200. The seed is the file's,
/// so the outcome is fixed, and the checks ask for non-overlapping 95% intervals so that they hold with margin rather
/// than by the luck of one seed. The finding they pin is a qualified one: hedging has the best worst quarters of
/// every action, but not the smallest spread.</summary>
public class VarianceNarrowingClaimTests : TempDirTest
{
    private const string Action = "actors.KAZ.learning.action";

    private static readonly string[] Others =
    [
        "equidistance", "bandwagoning:EUR", "bandwagoning:CHN", "bandwagoning:RUS", "bandwagoning:USA",
        "balancing:EUR", "balancing:CHN", "balancing:RUS", "balancing:USA",
    ];

    /// <summary>Kazakhstan's mean and 95% interval of a metric, by action held.</summary>
    private Dictionary<string, (double Mean, double Low, double High)> Kaz(string metric) =>
        CsvTable.Read(Path.Combine(Dir, "points.csv")).Of("KAZ").ToDictionary(r => r.Text(Action), r => r.Stat(metric));

    private void Sweep(string experiment)
    {
        var (exit, _, err) = Repo.Hedge("sweep", Repo.Experiment(experiment), "--replications", "40", "--out", Dir, "--quiet", "--no-figures");
        Assert.That(exit, Is.EqualTo(0), err);
    }

    [Test]
    public void Sweep_PostWorld_HedgingHasTheHighestWorstQuartersOfEveryActionAtNoCostInMean()
    {
        // Given the post-2022 world, Kazakhstan held on each of its ten actions
        // When the sweep runs
        Sweep("03-variance-narrowing.yaml");
        var q05 = Kaz("q05_payoff");
        var cvar = Kaz("cvar05_payoff");
        var mean = Kaz("mean_payoff");

        // Then hedging's 5% quantile and mean of the worst 5% of quarters are above every other action's, intervals apart
        foreach (var other in Others)
        {
            Assert.That(q05["hedging"].Low, Is.GreaterThan(q05[other].High), $"q05: hedging {q05["hedging"]}, {other} {q05[other]}");
            Assert.That(cvar["hedging"].Low, Is.GreaterThan(cvar[other].High), $"CVaR: hedging {cvar["hedging"]}, {other} {cvar[other]}");
        }

        // And the protection costs nothing in mean: only bandwagoning with the EU comes near (within 2%), every other
        // action earns less, intervals apart
        Assert.That(mean["hedging"].Mean, Is.GreaterThan(mean["bandwagoning:EUR"].Mean * 0.98));
        foreach (var other in Others.Where(o => o != "bandwagoning:EUR"))
            Assert.That(mean["hedging"].Low, Is.GreaterThan(mean[other].High), $"mean: hedging {mean["hedging"]}, {other} {mean[other]}");
    }

    [Test]
    public void Sweep_PostWorld_HedgingNarrowsTheSpreadAgainstSideTakingWithTheEuOrRussiaButNotAgainstEquidistance()
    {
        // Given the same sweep
        Sweep("03-variance-narrowing.yaml");
        var sd = Kaz("sd_payoff");

        // Then the within-run s.d. of hedging's payoff is below bandwagoning with the EU or with Russia, intervals apart
        foreach (var other in new[] { "bandwagoning:EUR", "bandwagoning:RUS" })
            Assert.That(sd["hedging"].High, Is.LessThan(sd[other].Low), $"sd: hedging {sd["hedging"]}, {other} {sd[other]}");

        // But above equidistance's and balancing against Russia's, intervals apart: the narrower spread of MODEL.md
        // property 5 does not hold against equidistance in the calibrated world (equidistance engages less, so less varies)
        foreach (var other in new[] { "equidistance", "balancing:RUS" })
            Assert.That(sd["hedging"].Low, Is.GreaterThan(sd[other].High), $"sd: hedging {sd["hedging"]}, {other} {sd[other]}");
    }

    [Test]
    public void Sweep_Calm_HedgingStillHasTheHighestWorstQuartersAndPaysForThemWithALittleMean()
    {
        // Given the pre-2022 calm, Kazakhstan held on each of its ten actions
        // When the sweep runs
        Sweep("03-variance-narrowing-calm.yaml");
        var q05 = Kaz("q05_payoff");
        var mean = Kaz("mean_payoff");

        // Then hedging's 5% quantile is still above every other action's, intervals apart
        foreach (var other in Others)
            Assert.That(q05["hedging"].Low, Is.GreaterThan(q05[other].High), $"q05: hedging {q05["hedging"]}, {other} {q05[other]}");

        // And in the calm hedging no longer earns the highest mean: bandwagoning with the EU earns more, but by less
        // than 3% of hedging's mean
        Assert.That(mean["bandwagoning:EUR"].Mean, Is.GreaterThan(mean["hedging"].Mean));
        Assert.That(mean["bandwagoning:EUR"].Mean, Is.LessThan(mean["hedging"].Mean * 1.03));
    }
}
