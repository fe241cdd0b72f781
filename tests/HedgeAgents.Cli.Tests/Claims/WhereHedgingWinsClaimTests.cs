using System.Globalization;

namespace HedgeAgents.Cli.Tests.Claims;

/// <summary>Issue 7's Kazakhstan experiment, <c>12-where-hedging-wins.yaml</c>, at reduced size (200 Latin-hypercube
/// points × 2 replications instead of 400 × 4): in the post-2022 world hedging is Kazakhstan's dominant choice at most
/// points, and scenario discovery ties the exceptions to a calm world and cheap side-taking, not to the domestic
/// parameters.</summary>
public class WhereHedgingWinsClaimTests : TempDirTest
{
    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Test]
    public void Discover_KazakhstanLhs_HedgingWinsUnlessTheWorldIsCalmAndSideTakingCheap()
    {
        // Given the experiment at 200 points × 2 replications
        Directory.CreateDirectory(Dir);
        var yaml = Path.Combine(Dir, "12-where-hedging-wins.yaml");
        File.WriteAllText(yaml, File.ReadAllText(Repo.Experiment("12-where-hedging-wins.yaml")).Replace("samples: 400", "samples: 200"));
        var sweep = Path.Combine(Dir, "sweep");
        var run = Repo.Hedge("sweep", yaml, "--replications", "2", "--out", sweep, "--quiet", "--no-figures");
        Assert.That(run.Exit, Is.EqualTo(0), run.Err);

        // When hedge discover looks for KAZ's share_hedging > 0.5
        var (exit, stdout, err) = Repo.Hedge("discover", sweep, "--where", "share_hedging > 0.5", "--actor", "KAZ");
        Assert.That(exit, Is.EqualTo(0), err);

        // Then hedging wins at most points; the box, nearly pure, bounds the hazard scale or bandwagoning's reputation cost
        // from below (which one PRIM peels first varies with the sample: the exceptions sit in the corner where both are low)
        var boxes = File.ReadAllLines(Path.Combine(sweep, "discover", "boxes.csv"));
        var header = boxes[0].Split(',').ToList();
        var whole = boxes[1].Split(',');
        var chosen = boxes.Skip(1).Single(l => l.Split(',')[2] == "1").Split(',');
        string At(string[] row, string column) => row[header.IndexOf(column)];
        Assert.That(Num(At(whole, "density")), Is.GreaterThan(0.8), "hedging wins at most points");
        var lowerBounds = new[] { "shocks.scale", "strategies.bandwagoning.reputation" }.Where(p => At(chosen, p + "_lower") != "").ToList();
        Assert.That(lowerBounds, Is.Not.Empty, stdout);
        if (lowerBounds.Contains("shocks.scale"))
            Assert.That(Num(At(chosen, "shocks.scale_lower")), Is.LessThan(1), "the calibrated post-2022 scale (1) is inside the box");
        if (lowerBounds.Contains("strategies.bandwagoning.reputation"))
            Assert.That(Num(At(chosen, "strategies.bandwagoning.reputation_lower")), Is.LessThan(0.02), "the default cost (0.02) is inside the box");
        Assert.That(Num(At(chosen, "density")), Is.GreaterThan(0.97), stdout);
        Assert.That(Num(At(chosen, "coverage")), Is.GreaterThanOrEqualTo(0.8), stdout);

        // And the tree puts the hazard scale and bandwagoning's reputation cost first; the domestic parameters barely matter
        var importance = File.ReadAllLines(Path.Combine(sweep, "discover", "importance.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.That(importance.Take(2).Select(r => r[1]), Is.EquivalentTo(new[] { "shocks.scale", "strategies.bandwagoning.reputation" }), stdout);
        Assert.That(importance.Skip(2).Select(r => Num(r[2])), Is.All.LessThan(0.05), stdout);
    }
}
