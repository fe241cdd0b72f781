using System.Globalization;

namespace HedgeAgents.Cli.Tests.Claims;

/// <summary>Claim 10 of issue 6 (seed 000's theoretical frame: Schweller's bandwagoning for profit, Walt's balance of
/// threat): side payments and Russia's threat intent swept. The experiment <c>10-profit-and-threat.yaml</c> on a reduced
/// grid (side payment 0, 0.05, 0.2 × intent 1, 11) at 10 replications instead of the committed 9 × 11 grid at 20; the
/// seed is the file's. The checks ask for shares past clear thresholds (0.9 and 0.1) on both sides of each boundary
/// the committed sweep finds, so a shifted boundary, a balancing region or a change of bandwagoning partner fails them.
/// The last test contrasts Russia and China as the threatener (the companion sweep <c>10-profit-and-threat-china.yaml</c>).</summary>
public class ProfitAndThreatClaimTests : TempDirTest
{
    private const string Experiment = "10-profit-and-threat.yaml";
    private const string SidePayment = "strategies.bandwagoning.sidePayment";
    private const string Intent = "threats.RUS.KAZ.intent";

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>The experiment with its grid cut to the corners and the boundaries' near sides, swept into Dir;
    /// KAZ's archetype shares (mean, 95% low, 95% high) per (side payment, intent).</summary>
    private Dictionary<(double Pay, double Intent), Dictionary<string, (double Mean, double Low, double High)>> ReducedSweep()
    {
        var text = File.ReadAllText(Repo.Experiment(Experiment));
        var reduced = text
            .Replace($"{SidePayment}: {{min: 0, max: 0.2, steps: 9}}", $"{SidePayment}: [0, 0.05, 0.2]")
            .Replace($"{Intent}: {{min: 1, max: 11, steps: 11}}", $"{Intent}: [1, 11]");
        Assert.That(reduced, Is.Not.EqualTo(text), "the grid lines of the experiment changed; update the test");
        Directory.CreateDirectory(Dir);
        var file = Path.Combine(Dir, "reduced.yaml");
        File.WriteAllText(file, reduced);
        var outDir = Path.Combine(Dir, "sweep");
        var (exit, _, err) = Repo.Hedge("sweep", file, "--replications", "10", "--out", outDir, "--quiet", "--no-figures");
        Assert.That(exit, Is.EqualTo(0), err);
        var rows = CsvTable.Fields(Path.Combine(outDir, "points.csv"), out var col);
        string[] archetypes = ["balancing", "bandwagoning", "equidistance", "hedging"];
        return rows.Where(f => f[col("actor")] == "KAZ").ToDictionary(
            f => (Num(f[col(SidePayment)]), Num(f[col(Intent)])),
            f => archetypes.ToDictionary(a => a, a => (Num(f[col($"share_{a}_mean")]),
                Num(f[col($"share_{a}_ci95_low")]), Num(f[col($"share_{a}_ci95_high")]))));
    }

    [Test]
    public void Sweep_ProfitAgainstThreat_ProfitBuysBandwagoningThreatRestoresHedgingNobodyBalances()
    {
        // Given side payments 0, 0.05 and 0.2 of the patron's returns against Russia's threat intent 1 and 11
        // When the reduced sweep runs
        var shares = ReducedSweep();

        // Then without a side payment Kazakhstan hedges at both threat levels
        Assert.That(shares[(0, 1)]["hedging"].Low, Is.GreaterThan(0.9), "no payment, intent 1");
        Assert.That(shares[(0, 11)]["hedging"].Low, Is.GreaterThan(0.9), "no payment, intent 11");
        // and a side payment of 0.05 buys bandwagoning at the baseline threat (the boundary is at about 0.026)
        Assert.That(shares[(0.05, 1)]["bandwagoning"].Low, Is.GreaterThan(0.9), "0.05, intent 1");
        // but the same payment no longer does under high threat (the boundary moves to about 0.134): back to hedging
        Assert.That(shares[(0.05, 11)]["hedging"].Low, Is.GreaterThan(0.9), "0.05, intent 11");
        Assert.That(shares[(0.05, 11)]["bandwagoning"].High, Is.LessThan(0.1), "0.05, intent 11");
        // while a payment of 0.2 buys bandwagoning even then
        Assert.That(shares[(0.2, 11)]["bandwagoning"].Low, Is.GreaterThan(0.9), "0.2, intent 11");
        // and at no point does Kazakhstan balance or keep equidistance
        foreach (var (point, s) in shares)
        {
            Assert.That(s["balancing"].High, Is.LessThan(0.1), $"balancing at {point}");
            Assert.That(s["equidistance"].High, Is.LessThan(0.1), $"equidistance at {point}");
        }
    }

    /// <summary>Kazakhstan's actions after the one-year burn-in in a run of the experiment with the settings given.</summary>
    private List<string> KazActions(params (string Path, double Value)[] settings)
    {
        var dir = Path.Combine(Dir, "run-" + string.Join("-", settings.Select(s => s.Value.ToString(CultureInfo.InvariantCulture))));
        var args = new List<string> { "run", Repo.Experiment(Experiment), "--replications", "10", "--no-figures", "--out", dir };
        foreach (var (path, value) in settings) args.AddRange(["--set", $"{path}={value.ToString(CultureInfo.InvariantCulture)}"]);
        var (exit, _, err) = Repo.Hedge([.. args]);
        Assert.That(exit, Is.EqualTo(0), err);
        var rows = CsvTable.Fields(Path.Combine(dir, "rounds.csv"), out var col);
        return rows.Where(f => f[col("actor")] == "KAZ" && int.Parse(f[col("round")], CultureInfo.InvariantCulture) >= 4)
            .Select(f => f[col("action")]).ToList();
    }

    [TestCase(0.05, 1)]
    [TestCase(0.2, 11)]
    public void Run_SidePaymentBuysBandwagoning_ThePatronIsTheEuNotTheThreatener(double pay, double intent)
    {
        // Given a point of the bandwagoning region: at the baseline threat, or under Russia's highest threat
        // When Kazakhstan's actions after the one-year burn-in are read
        var actions = KazActions((SidePayment, pay), (Intent, intent));

        // Then every one is bandwagoning with the EU, the partner with the largest returns and so the largest side
        // payment: never with Russia (no appeasement) and never with China
        Assert.That(actions, Is.Not.Empty.And.All.EqualTo("bandwagoning:EUR"));
    }

    [Test]
    public void Run_SameSmallPaymentSameThreatLevel_BuysBandwagoningWhenChinaThreatensNotWhenRussiaDoes()
    {
        // Given a side payment of 0.025 (just below the break-even at the baseline threat, 0.026) and intent 11 for one
        // threatener at a time (companion sweep: experiments/10-profit-and-threat-china.yaml)
        // When Kazakhstan's actions after the burn-in are read
        var russia = KazActions((SidePayment, 0.025), (Intent, 11));
        var china = KazActions((SidePayment, 0.025), ("threats.CHN.KAZ.intent", 11));

        // Then under Russia's threat it hedges throughout (break-even 0.134), under China's it bandwagons with the EU,
        // China's rival, in at least 90% of quarters (break-even 0.015): the hedger's weight on China (about 0.4) is
        // exposure that aligning with the EU sheds, while its weight on Russia (about 0.2) is near the floor of 1/6
        Assert.That(russia, Is.Not.Empty.And.All.EqualTo("hedging"));
        Assert.That(china.Count(a => a == "bandwagoning:EUR"), Is.GreaterThan(0.9 * china.Count));
    }
}
