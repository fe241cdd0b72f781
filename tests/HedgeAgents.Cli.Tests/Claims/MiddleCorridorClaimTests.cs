using System.Globalization;

namespace HedgeAgents.Cli.Tests.Claims;

/// <summary>Claim 5 of issue 6 (seeds 000 and 001): the Middle Corridor insures Kazakhstan against Northern-route and
/// CPC disruptions. The experiment <c>05-middle-corridor.yaml</c> at 40 replications instead of 200 (a few seconds in
/// Release); the seed is the file's, so the outcome is fixed, and the checks ask for non-overlapping 95% intervals or
/// a wide ratio so that they hold with margin rather than by the luck of one seed.</summary>
public class MiddleCorridorClaimTests : TempDirTest
{
    private const string Capacity = "routes.middle.capacity";
    private const string Experiment = "05-middle-corridor.yaml";

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private Dictionary<double, (double Mean, double Low, double High)> KazLosses()
    {
        var (exit, _, err) = Repo.Hedge("sweep", Repo.Experiment(Experiment), "--replications", "40", "--out", Dir, "--quiet");
        Assert.That(exit, Is.EqualTo(0), err);
        var rows = CsvTable.Fields(Path.Combine(Dir, "points.csv"), out var col);
        return rows.Where(f => f[col("actor")] == "KAZ").ToDictionary(f => Num(f[col(Capacity)]),
            f => (Num(f[col("mean_losses_mean")]), Num(f[col("mean_losses_ci95_low")]), Num(f[col("mean_losses_ci95_high")])));
    }

    /// <summary>KAZ's disruption losses in the two closed quarters of each closure, mean over replications.</summary>
    private (double Cpc, double Northern) ClosureLosses(double capacity)
    {
        var dir = Path.Combine(Dir, capacity.ToString(CultureInfo.InvariantCulture));
        var (exit, _, err) = Repo.Hedge("run", Repo.Experiment(Experiment), "--replications", "40",
            "--set", $"{Capacity}={capacity.ToString(CultureInfo.InvariantCulture)}", "--out", dir);
        Assert.That(exit, Is.EqualTo(0), err);
        var rows = CsvTable.Fields(Path.Combine(dir, "rounds.csv"), out var col);
        double In(params string[] periods) => rows
            .Where(f => f[col("actor")] == "KAZ" && periods.Contains(f[col("period")]))
            .Average(f => Num(f[col("loss_disruption")]));
        return (In("2028Q1", "2028Q2"), In("2029Q1", "2029Q2"));
    }

    [Test]
    public void Sweep_CpcAndNorthernClosed_LossesFallAsTheCorridorGrows()
    {
        // Given the CPC and the Northern route each closed for two quarters, the corridor swept from 1.5 to 15 Mt
        // When the sweep runs
        var losses = KazLosses().OrderBy(p => p.Key).ToList();

        // Then no step raises Kazakhstan's mean losses beyond the noise, and the widest corridor's interval lies
        // below the pre-BTK one's
        for (var i = 1; i < losses.Count; i++)
            Assert.That(losses[i].Value.Mean, Is.LessThan(losses[i - 1].Value.High), $"{losses[i].Key} vs {losses[i - 1].Key}");
        Assert.That(losses[^1].Value.High, Is.LessThan(losses[0].Value.Low), $"15 Mt {losses[^1].Value}, 1.5 Mt {losses[0].Value}");
    }

    [Test]
    public void Run_SourcedCorridor_InsuresAgainstTheNorthernRouteFarMoreThanAgainstTheCpc()
    {
        // Given the corridor before BTK (1.5 Mt) and after the Aktau hub (6.8 Mt)
        // When each runs
        var before = ClosureLosses(1.5);
        var after = ClosureLosses(6.8);

        // Then the corridor cuts the Northern closure's losses by a far larger share than the CPC closure's, and the
        // CPC closure still costs most of what it cost before: 5.3 Mt more corridor against a 63 Mt pipeline
        var cpcCut = 1 - after.Cpc / before.Cpc;
        var northernCut = 1 - after.Northern / before.Northern;
        Assert.That(northernCut, Is.GreaterThan(2 * cpcCut), $"northern cut {northernCut:P1}, CPC cut {cpcCut:P1}");
        Assert.That(after.Cpc, Is.GreaterThan(0.8 * before.Cpc), $"CPC quarters {after.Cpc} after, {before.Cpc} before");
    }
}
