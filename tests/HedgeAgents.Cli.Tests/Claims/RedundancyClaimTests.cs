namespace HedgeAgents.Cli.Tests.Claims;

/// <summary>Claim 4 of issue 6 (seed 000, China track): a third China line makes a closed crossing a local shock.
/// The experiment <c>04-redundancy-denial.yaml</c> at 40 replications instead of 200 (under a second in Release); the
/// seed is the file's, so the outcome is fixed, and the checks ask for non-overlapping 95% intervals so that they hold
/// with margin rather than by the luck of one seed.</summary>
public class RedundancyClaimTests : TempDirTest
{
    private const string Capacity = "routes.tacheng.capacity";

    private Dictionary<double, (double Mean, double Low, double High)> Kaz(string metric) =>
        CsvTable.Read(Path.Combine(Dir, "points.csv")).Of("KAZ").ToDictionary(r => r.Number(Capacity), r => r.Stat(metric));

    private void Sweep()
    {
        var (exit, _, err) = Repo.Hedge("sweep", Repo.Experiment("04-redundancy-denial.yaml"), "--replications", "40", "--out", Dir, "--quiet");
        Assert.That(exit, Is.EqualTo(0), err);
    }

    [Test]
    public void Sweep_DostykClosed_ThirdLineCutsKazakhstansLossesAndLiftsItsWorstQuarters()
    {
        // Given Dostyk closed for two quarters, with the Tacheng line at 0 and at its sourced 21.37 Mt
        // When the sweep runs
        Sweep();
        var losses = Kaz("mean_losses");
        var q05 = Kaz("q05_payoff");

        // Then with the line Kazakhstan's mean losses are lower and its 5% quantile higher, intervals apart
        Assert.That(losses[21.37].High, Is.LessThan(losses[0].Low), $"losses with {losses[21.37]}, without {losses[0]}");
        Assert.That(q05[21.37].Low, Is.GreaterThan(q05[0].High), $"q05 with {q05[21.37]}, without {q05[0]}");
    }

    [Test]
    public void Sweep_DostykClosed_LossesFallWithCapacityUntilTheClosedCrossingIsCovered()
    {
        // Given the sweep over the third line's capacity
        Sweep();
        var losses = Kaz("mean_losses");

        // When the means are read in order of capacity
        var means = losses.OrderBy(p => p.Key).Select(p => p.Value.Mean).ToList();

        // Then they never rise by more than the noise (each step's rise below its upper interval) and fall overall:
        // the route network's deficit shrinks as capacity grows and is gone once Khorgos plus Tacheng plus the
        // redundancy stock cover the 32.05 Mt of demand
        var ordered = losses.OrderBy(p => p.Key).ToList();
        for (var i = 1; i < ordered.Count; i++)
            Assert.That(ordered[i].Value.Mean, Is.LessThan(ordered[i - 1].Value.High), $"{ordered[i].Key} vs {ordered[i - 1].Key}");
        Assert.That(means[^1], Is.LessThan(means[0] * 0.85));
    }
}
