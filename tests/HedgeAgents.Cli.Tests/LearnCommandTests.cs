using System.Globalization;

namespace HedgeAgents.Cli.Tests;

/// <summary>End-to-end runs of <c>hedge learn</c> on the shipped game files.</summary>
public class LearnCommandTests : TempDirTest
{
    private static string Game(string name) => Path.Combine(Repo.Root, "experiments", "games", name);

    private static Dictionary<(string Player, string Action), string[]> Rows(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("player,rule,action,frequency,tail_frequency,final_probability"));
        return lines.Skip(1).Select(Repo.CsvFields).ToDictionary(f => (f[0], f[2]));
    }

    private static double At(string[] row, int column) => double.Parse(row[column], CultureInfo.InvariantCulture);

    [Test]
    public void Learn_MatchingPenniesFictitiousPlay_FrequenciesNearOneHalfAndFilesWritten()
    {
        // Given matching pennies; When both players use fictitious play for 10^5 rounds
        var (exit, stdout, err) = Repo.Hedge("learn", Game("matching-pennies.yaml"), "--rule", "fictitious-play",
            "--rounds", "100000", "--out", Dir);

        // Then every empirical frequency is within 0.02 of 1/2, and the tables and the manifest are written
        Assert.That(exit, Is.EqualTo(0), err);
        var rows = Rows(stdout);
        Assert.That(rows, Has.Count.EqualTo(4));
        Assert.That(rows.Values.Select(r => At(r, 3)), Has.All.InRange(0.48, 0.52));
        Assert.That(Directory.GetFiles(Dir).Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { "frequencies.csv", "manifest.json", "payoffs.csv" }));
        Assert.That(File.ReadAllText(Path.Combine(Dir, "frequencies.csv")), Is.EqualTo(stdout));
        var payoffs = File.ReadAllLines(Path.Combine(Dir, "payoffs.csv"));
        Assert.That(payoffs[0], Is.EqualTo("player,rule,mean_payoff,tail_mean_payoff,rounds,tail_rounds"));
        Assert.That(payoffs.Skip(1).Select(l => double.Parse(Repo.CsvFields(l)[2], CultureInfo.InvariantCulture)), Has.All.InRange(-0.05, 0.05),
            "matching pennies has value 0");
        var manifest = File.ReadAllText(Path.Combine(Dir, "manifest.json"));
        Assert.That(manifest, Does.Contain("\"fictitious-play\"").And.Contain("\"frequencies.csv\"").And.Contain("hedge learn"));
    }

    [Test]
    public void Learn_PrisonersDilemmaPerPlayerRules_BothDefect()
    {
        // Given the prisoner's dilemma with a different rule for each player (names from the file)
        var (exit, stdout, err) = Repo.Hedge("learn", Game("prisoners-dilemma.yaml"), "--rule", "ewa",
            "--rule", "column=regret-matching", "--rounds", "20000", "--out", Dir);

        // Then each player's tail play is defection, and the rule column says who used what
        Assert.That(exit, Is.EqualTo(0), err);
        var rows = Rows(stdout);
        var defect = rows.Where(r => r.Key.Action.StartsWith("defect", StringComparison.Ordinal)).ToList();
        Assert.That(defect, Has.Count.EqualTo(2));
        Assert.That(defect.Select(r => At(r.Value, 4)), Has.All.GreaterThan(0.9));
        Assert.That(rows.Values.Select(r => r[1]).Distinct().Count(), Is.EqualTo(2), "two rules, one per player");
    }

    [Test]
    public void Learn_SameSeedTwice_IdenticalBytesAndOtherSeedDiffers()
    {
        // Given Roth–Erev (random) on rock–paper–scissors with the trace on
        string[] Args(string dir, string seed) =>
            ["learn", Game("rock-paper-scissors.yaml"), "--rule", "roth-erev", "--rounds", "3000", "--seed", seed, "--trace", "--out", dir];
        var a = Path.Combine(Dir, "a");
        var b = Path.Combine(Dir, "b");
        var c = Path.Combine(Dir, "c");
        Assert.That(Repo.Hedge(Args(a, "5")).Exit, Is.EqualTo(0));
        Assert.That(Repo.Hedge(Args(b, "5")).Exit, Is.EqualTo(0));
        Assert.That(Repo.Hedge(Args(c, "6")).Exit, Is.EqualTo(0));

        // Then the same seed gives the same bytes in every file (the trace included), and another seed another trace
        foreach (var name in new[] { "frequencies.csv", "payoffs.csv", "rounds.csv" })
            Assert.That(File.ReadAllBytes(Path.Combine(b, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(a, name))), name);
        Assert.That(File.ReadAllLines(Path.Combine(a, "rounds.csv")), Has.Length.EqualTo(3001));
        Assert.That(File.ReadAllText(Path.Combine(c, "rounds.csv")), Is.Not.EqualTo(File.ReadAllText(Path.Combine(a, "rounds.csv"))));
    }

    [Test]
    public void Learn_ReplicatorOnHawkDove_SharedPopulationReachesVOverC()
    {
        // Given hawk–dove with V=2, C=3; When one shared population follows replicator dynamics
        var (exit, stdout, err) = Repo.Hedge("learn", Game("hawk-dove.yaml"), "--rule", "replicator", "--rounds", "20000", "--out", Dir);

        // Then the population's final hawk share is V/C = 2/3
        Assert.That(exit, Is.EqualTo(0), err);
        var hawk = Rows(stdout).First(r => r.Key.Action.StartsWith("hawk", StringComparison.OrdinalIgnoreCase)).Value;
        Assert.That(At(hawk, 5), Is.EqualTo(2.0 / 3.0).Within(0.02));
        Assert.That(err, Does.Contain("shared population"));
    }

    [TestCase(new[] { "--rule", "fictitous-play" }, "fictitious-play", TestName = "Learn_MisspelledRule_SuggestsTheRule")]
    [TestCase(new[] { "--rule", "nobody=ewa" }, "player", TestName = "Learn_UnknownPlayer_NamesThePlayers")]
    [TestCase(new[] { "--rule", "ewa", "--option", "lambda=-1" }, "lambda", TestName = "Learn_OptionOutOfRange_NamesTheRange")]
    [TestCase(new[] { "--rule", "ewa", "--option", "temperature=1" }, "valid: ", TestName = "Learn_OptionOfAnotherRule_ListsValidOptions")]
    [TestCase(new[] { "--rule", "ewa", "--rounds", "0" }, "--rounds", TestName = "Learn_ZeroRounds_Refused")]
    public void Learn_BadArguments_ExitTwoWithMessageAndNothingWritten(string[] extra, string expected)
    {
        // Given a valid game and a bad argument; When learn runs
        var (exit, _, err) = Repo.Hedge(["learn", Game("matching-pennies.yaml"), .. extra, "--out", Dir]);

        // Then it exits 2 with a message that says what is valid, and writes nothing
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain(expected));
        Assert.That(Directory.Exists(Dir), Is.False);
    }

    [Test]
    public void Learn_ExperimentFileInsteadOfGame_ExitTwoSaysWhatAGameIs()
    {
        // Given an experiment file; When it is passed to learn
        var (exit, _, err) = Repo.Hedge("learn", Repo.Experiment("kazakhstan-baseline.yaml"), "--rule", "ewa", "--out", Dir);

        // Then it is refused with a message naming what a game file holds
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("not a game file").And.Contain("experiments/games/"));
    }

    [Test]
    public void Learn_BrokenGameFile_ReportsFileLineColumn()
    {
        // Given a game whose matrix has a row too short
        Directory.CreateDirectory(Dir);
        var file = Path.Combine(Dir, "broken.yaml");
        File.WriteAllText(file, "players: [r, c]\nactions: [[a, b], [x, y]]\nA: [[1, 2], [3]]\nB: [[1, 2], [3, 4]]\n");
        var outDir = Path.Combine(Dir, "out");

        // When learn runs on it
        var (exit, _, err) = Repo.Hedge("learn", file, "--rule", "ewa", "--out", outDir);

        // Then it exits 2 with a located message and writes nothing
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Match(@"broken\.yaml:3:\d+: A"));
        Assert.That(Directory.Exists(outDir), Is.False);
    }
}
