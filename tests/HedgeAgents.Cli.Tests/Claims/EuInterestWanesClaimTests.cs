namespace HedgeAgents.Cli.Tests.Claims;

/// <summary>Claim 6 of issue 6 (seed 001, first risk): if the EU's interest wanes, Kazakhstan is left overextended toward
/// China. The experiment <c>06-eu-interest-wanes.yaml</c> at 10 replications instead of 40, with and without the hedging
/// cap; the seed is the file's, so the outcome is fixed, and the checks ask for clear margins or non-overlapping 95%
/// intervals so that they hold by the mechanism rather than by the luck of one seed.</summary>
public class EuInterestWanesClaimTests : TempDirTest
{
    private const string EuReturns = "relations.KAZ.EUR.returns";
    private const string Abandonment = "shocks.abandonment.by.EUR";

    /// <summary>KAZ's points: (EU abandonment multiple, EU returns) → (mean, CI low, CI high) of a metric.</summary>
    private Dictionary<(double Abandonment, double Returns), (double Mean, double Low, double High)> Sweep(string name, string metric, params string[] sets)
    {
        var folder = Path.Combine(Dir, name);
        if (!File.Exists(Path.Combine(folder, "points.csv")))
        {
            var args = new List<string> { "sweep", Repo.Experiment("06-eu-interest-wanes.yaml"), "--replications", "10", "--no-figures", "--quiet", "--out", folder };
            foreach (var s in sets) args.AddRange(["--set", s]);
            var (exit, _, err) = Repo.Hedge([.. args]);
            Assert.That(exit, Is.EqualTo(0), err);
        }
        return CsvTable.Read(Path.Combine(folder, "points.csv")).Of("KAZ")
            .ToDictionary(r => (r.Number(Abandonment), r.Number(EuReturns)), r => r.Stat(metric));
    }

    [Test]
    public void Sweep_DominanceDenial_ChinaHeldAtTheCapAndTheSlackGoesToRussia()
    {
        // Given the sweep with the sourced hedging cap of 0.4
        var china = Sweep("capped", "weight_CHN");
        var russia = Sweep("capped", "weight_RUS");
        var hedging = Sweep("capped", "share_hedging");

        // When the EU's interest wanes from returns 0.30 to 0.10, at every abandonment hazard
        // Then Kazakhstan keeps hedging, China's weight never leaves the cap, and Russia's rises from 0.2 to the cap
        Assert.Multiple(() =>
        {
            Assert.That(hedging.Values.Select(v => v.Mean), Has.All.GreaterThan(0.95));
            Assert.That(china.Values.Select(v => v.Mean), Has.All.EqualTo(0.4).Within(0.01));
            foreach (var a in new[] { 1.0, 25.0 })
            {
                Assert.That(russia[(a, 0.3)].Mean, Is.EqualTo(0.2).Within(0.01), $"abandonment {a}");
                Assert.That(russia[(a, 0.1)].Mean, Is.EqualTo(0.4).Within(0.01), $"abandonment {a}");
            }
        });
    }

    [Test]
    public void Sweep_WithoutTheCap_WaningEuInterestOverextendsTowardChina()
    {
        // Given the counterfactual without dominance denial (cap 1)
        var china = Sweep("uncapped", "weight_CHN", "strategies.hedging.cap=1");

        // When the EU's returns fall from 0.30 to 0.10 at the baseline's abandonment hazard
        // Then the hedger's weight on China goes from under a fifth to (nearly) all of its engagement
        Assert.That(china[(1, 0.3)].Mean, Is.LessThan(0.2));
        Assert.That(china[(1, 0.1)].Mean, Is.GreaterThan(0.95));
    }

    [Test]
    public void Sweep_WaningEuInterest_DeepensKazakhstansWorstQuarters()
    {
        // Given the sweep with the cap
        var q05 = Sweep("capped", "q05_payoff");
        var losses = Sweep("capped", "mean_losses");

        // When the EU's returns fall, and when its abandonment hazard rises while it is still worth engaging
        // Then the 5% quantile of payoff falls with returns (intervals apart), and losses rise with the abandonment
        // hazard at EU returns 0.30 (the weight on the EU is at the cap there, so abandonment bites)
        Assert.Multiple(() =>
        {
            Assert.That(q05[(1, 0.1)].High, Is.LessThan(q05[(1, 0.3)].Low));
            Assert.That(losses[(25, 0.3)].Low, Is.GreaterThan(losses[(1, 0.3)].High));
        });
    }
}
