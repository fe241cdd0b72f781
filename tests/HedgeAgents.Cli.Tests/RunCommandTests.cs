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
    ];

    [Test]
    public void Run_BaselineThreeReplications_WritesThreeFilesWithExactColumns()
    {
        // Given the shipped baseline; When it runs with 3 replications
        var (exit, _, err) = Repo.Hedge("run", Repo.Experiment("kazakhstan-baseline.yaml"), "--replications", "3", "--out", Dir);

        // Then exactly the three files exist with exactly the documented columns and one row per replication × round × actor
        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(Directory.GetFiles(Dir).Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { "manifest.json", "rounds.csv", "summary.csv" }));
        var rounds = File.ReadAllLines(Path.Combine(Dir, "rounds.csv"));
        Assert.That(rounds[0].Split(','), Is.EqualTo(RoundsColumns));
        Assert.That(rounds.Length - 1, Is.EqualTo(3 * 64 * 7));
        var summary = File.ReadAllLines(Path.Combine(Dir, "summary.csv"));
        Assert.That(summary[0].Split(','), Is.EqualTo(SummaryColumns));
        Assert.That(summary.Length - 1, Is.EqualTo(3 * 5), "one row per replication × choosing actor (KAZ and four great powers)");
        var manifest = File.ReadAllText(Path.Combine(Dir, "manifest.json"));
        Assert.That(manifest, Does.Contain("\"rounds.csv\"").And.Contain("\"resolved\"").And.Contain("actors.KAZ.riskAversion"));
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
        foreach (var f in new[] { "rounds.csv", "summary.csv" })
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
    public void Run_Baseline_KazakhstanShiftsToHedgingAfter2022()
    {
        // Given the baseline as shipped (fewer replications to keep the suite quick)
        var (exit, _, err) = Repo.Hedge("run", Repo.Experiment("kazakhstan-baseline.yaml"), "--replications", "5", "--out", Dir);
        Assert.That(exit, Is.EqualTo(0), err);

        // When the archetype shares of KAZ are read from rounds.csv before 2022 and from 2023
        var rows = File.ReadAllLines(Path.Combine(Dir, "rounds.csv")).Skip(1).Select(l => l.Split(','))
            .Where(c => c[3] == "KAZ").ToList();
        static int Year(string[] c) => int.Parse(c[2][..4], CultureInfo.InvariantCulture);
        double Share(Func<string[], bool> when, string archetype) =>
            rows.Where(when).Average(c => c[5] == archetype ? 1.0 : 0.0);

        // Then hedging is rare before 2022 and dominant from 2023 (what the model produces: see README, Findings)
        Assert.That(Share(c => Year(c) < 2022, "hedging"), Is.LessThan(0.2));
        Assert.That(Share(c => Year(c) >= 2023, "hedging"), Is.GreaterThan(0.8));
    }
}
