using System.Globalization;

namespace HedgeAgents.Cli.Tests;

/// <summary>End-to-end runs of <c>hedge run</c> on the shipped baseline, as a user would run it.</summary>
public class RunCommandTests : TempDirTest
{
    private static readonly string[] RoundsColumns =
    [
        "replication", "round", "period", "actor", "action", "archetype", "target", "payoff", "returns",
        "loss_sanctions", "loss_disruption", "loss_coercion", "loss_abandonment", "insurance_cost", "reputation_cost",
        "side_payment", "institutionalization", "procedural", "redundancy", "diversification", "resilience", "shocks",
    ];

    private static readonly string[] SummaryColumns =
    [
        "replication", "actor", "share_balancing", "share_bandwagoning", "share_equidistance", "share_hedging",
        "mean_payoff", "sd_payoff", "q05_payoff", "cvar05_payoff", "mean_losses", "switches", "first_hedge_round",
        "weight_RUS", "weight_CHN", "weight_EUR", "weight_USA", "weight_TUR", "weight_GLF",
    ];

    [Test]
    public void Run_BaselineThreeReplications_WritesFourFilesWithExactColumns()
    {
        // Given the shipped baseline; When it runs with 3 replications
        var (exit, _, err) = Repo.Hedge("run", Repo.Experiment("kazakhstan-baseline.yaml"), "--replications", "3", "--out", Dir);

        // Then exactly the four files exist with exactly the documented columns and one row per replication × round × actor
        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(Directory.GetFiles(Dir).Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { "engagement.csv", "manifest.json", "rounds.csv", "summary.csv" }));
        var rounds = File.ReadAllLines(Path.Combine(Dir, "rounds.csv"));
        Assert.That(rounds[0].Split(','), Is.EqualTo(RoundsColumns));
        Assert.That(rounds.Length - 1, Is.EqualTo(3 * 64 * 7));
        var summary = File.ReadAllLines(Path.Combine(Dir, "summary.csv"));
        Assert.That(summary[0].Split(','), Is.EqualTo(SummaryColumns));
        Assert.That(summary.Length - 1, Is.EqualTo(3 * 5), "one row per replication × choosing actor (KAZ and four great powers)");
        var engagement = File.ReadAllLines(Path.Combine(Dir, "engagement.csv"));
        Assert.That(engagement[0], Is.EqualTo("replication,round,period,actor,counterparty,weight"));
        var manifest = File.ReadAllText(Path.Combine(Dir, "manifest.json"));
        Assert.That(manifest, Does.Contain("\"rounds.csv\"").And.Contain("\"engagement.csv\"").And.Contain("\"resolved\"").And.Contain("actors.KAZ.riskAversion"));
    }

    [Test]
    public void Run_SameSeedTwiceAndOtherThreadCount_GivesIdenticalBytes()
    {
        // Given two runs with the same seed, one on one thread and one on four
        var a = Path.Combine(Dir, "a");
        var b = Path.Combine(Dir, "b");
        var args = new[] { "run", Repo.Experiment("kazakhstan-baseline.yaml"), "--replications", "4", "--seed", "99" };
        Assert.That(Repo.Hedge([.. args, "--out", a, "--threads", "1"]).Exit, Is.EqualTo(0));
        Assert.That(Repo.Hedge([.. args, "--out", b, "--threads", "4"]).Exit, Is.EqualTo(0));

        // Then every data file is byte-identical
        foreach (var f in new[] { "rounds.csv", "engagement.csv", "summary.csv" })
            Assert.That(File.ReadAllBytes(Path.Combine(b, f)), Is.EqualTo(File.ReadAllBytes(Path.Combine(a, f))), f);
    }

    [Test]
    public void Run_DifferentSeed_GivesDifferentRounds()
    {
        var a = Path.Combine(Dir, "a");
        var b = Path.Combine(Dir, "b");
        Repo.Hedge("run", Repo.Experiment("kazakhstan-baseline.yaml"), "--replications", "2", "--seed", "1", "--out", a);
        Repo.Hedge("run", Repo.Experiment("kazakhstan-baseline.yaml"), "--replications", "2", "--seed", "2", "--out", b);
        Assert.That(File.ReadAllText(Path.Combine(b, "rounds.csv")), Is.Not.EqualTo(File.ReadAllText(Path.Combine(a, "rounds.csv"))));
    }

    [Test]
    public void Run_BadConfig_ExitsTwoWithFileLineAndWritesNothing()
    {
        // Given an experiment with a misspelt key and an out-of-range hazard
        Directory.CreateDirectory(Dir);
        var file = Path.Combine(Dir, "bad.yaml");
        File.WriteAllText(file, """
            name: bad
            actors:
              - {id: MID, kind: middle, riskAversoin: 2}
              - {id: GP, kind: great}
            relations:
              - {from: MID, to: GP, returns: 0.3}
            shocks:
              sanctions: {hazard: 1.5}
            """);
        var outDir = Path.Combine(Dir, "out");

        // When it is run
        var (exit, _, err) = Repo.Hedge("run", file, "--out", outDir);

        // Then exit code 2, both errors located as file:line:col, with a suggestion, and no output folder
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("bad.yaml:3:").And.Contain("riskAversion"));
        Assert.That(err, Does.Contain("bad.yaml:8:").And.Contain("hazard"));
        Assert.That(Directory.Exists(outDir), Is.False);
    }

    [Test]
    public void Run_UnknownOption_ExitsTwo()
    {
        var (exit, _, err) = Repo.Hedge("run", Repo.Experiment("kazakhstan-baseline.yaml"), "--no-such-option");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("--no-such-option"));
    }

    [Test]
    public void Run_MissingFile_ExitsTwo()
    {
        var (exit, _, err) = Repo.Hedge("run", Path.Combine(Dir, "none.yaml"));
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("no such file"));
    }

    [Test]
    [TestCase(null, "bandwagoning", "bandwagoning")]
    [TestCase("shocks.disruption.severity=0.15", "bandwagoning", "hedging")]
    [TestCase("shocks.disruption.severity=0.3", "hedging", "hedging")]
    public void Run_Baseline_TheLineFollowsTheClosureSeverity(string? set, string before2022, string from2023)
    {
        // Given the baseline as shipped, whose closure severity is CPC's mean stop length (0.028 of a quarter), or
        // with costlier closures, up to the 0.3 it assumed before reading the record (fewer replications)
        string[] args = ["run", Repo.Experiment("kazakhstan-baseline.yaml"), "--replications", "5", "--out", Dir];
        var (exit, _, err) = Repo.Hedge(set is null ? args : [.. args, "--set", set]);
        Assert.That(exit, Is.EqualTo(0), err);

        // When the archetype shares of KAZ are read from rounds.csv before 2022 and from 2023
        var rows = File.ReadAllLines(Path.Combine(Dir, "rounds.csv")).Skip(1).Select(l => l.Split(','))
            .Where(c => c[3] == "KAZ").ToList();
        static int Year(string[] c) => int.Parse(c[2][..4], CultureInfo.InvariantCulture);
        double Share(Func<string[], bool> when, string archetype) =>
            rows.Where(when).Average(c => c[5] == archetype ? 1.0 : 0.0);

        // Then the line follows the severity (README, "The baseline: what it shows"): with the record's short
        // closures Kazakhstan sides with the EU throughout; at 0.15 it breaks to hedging in 2022; at 0.3 it hedges
        // throughout
        Assert.That(Share(c => Year(c) < 2022, before2022), Is.GreaterThan(0.8));
        Assert.That(Share(c => Year(c) >= 2023, from2023), Is.GreaterThan(0.8));
    }

    [Test]
    public void Run_Baseline_SummaryWeightsAreTheMeansOfEngagementAfterBurnIn()
    {
        // Given the baseline run with 2 replications (burn-in 4 rounds)
        var (exit, _, err) = Repo.Hedge("run", Repo.Experiment("kazakhstan-baseline.yaml"), "--replications", "2", "--out", Dir);
        Assert.That(exit, Is.EqualTo(0), err);

        // When engagement.csv's weights are averaged per replication × actor × counterparty over rounds ≥ 4
        var engagement = File.ReadAllLines(Path.Combine(Dir, "engagement.csv")).Skip(1).Select(Repo.CsvFields).ToList();
        static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        var means = engagement.Where(f => int.Parse(f[1], CultureInfo.InvariantCulture) >= 4)
            .GroupBy(f => (f[0], f[3], f[4])).ToDictionary(g => g.Key, g => g.Average(f => Number(f[5])));
        var summary = File.ReadAllLines(Path.Combine(Dir, "summary.csv")).Select(Repo.CsvFields).ToList();
        var header = summary[0];

        // Then every weight_<ID> of summary.csv is that mean (0 for the actor itself, which is no counterparty),
        // KAZ has one row per round for each of its six counterparties, and each actor-round's weights are non-negative
        foreach (var row in summary.Skip(1))
            foreach (var (column, c) in header.Select((h, c) => (h, c)).Where(h => h.h.StartsWith("weight_", StringComparison.Ordinal)))
            {
                var id = column["weight_".Length..];
                var expected = means.GetValueOrDefault((row[0], row[1], id));
                Assert.That(Number(row[c]), Is.EqualTo(expected).Within(1e-8), $"replication {row[0]}, {row[1]} → {id}");
                if (id == row[1]) Assert.That(Number(row[c]), Is.EqualTo(0));
            }
        Assert.That(engagement.Count(f => f[3] == "KAZ"), Is.EqualTo(2 * 64 * 6));
        Assert.That(engagement.All(f => Number(f[5]) >= 0), Is.True);
        Assert.That(means[("0", "KAZ", "CHN")], Is.GreaterThan(0), "KAZ engages China");
    }
}
