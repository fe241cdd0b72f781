using System.Globalization;
using System.Text.Json;

namespace HedgeAgents.Cli.Tests;

/// <summary>End-to-end runs of <c>hedge equilibria</c> on game files and on the hedging model's stage game.</summary>
public class EquilibriaCommandTests : TempDirTest
{
    private static string Game(string name) => Path.Combine(Repo.Root, "experiments", "games", name);

    private static List<double[]> Probabilities(string csv, int columns)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("equilibrium,type,"));
        return [.. lines.Skip(1).Select(l => l.Split(',').Skip(2).Take(columns).Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray())];
    }

    [Test]
    public void Equilibria_TwoPureOneMixedGame_ListsExactlyThoseThree()
    {
        // Given A=[[1,0],[-2,3]], B=[[3,2],[-1,0]]; When its equilibria are listed as CSV
        var (exit, stdout, err) = Repo.Hedge("equilibria", Game("two-pure-one-mixed.yaml"));

        // Then there are two pure equilibria and ((1/2,1/2),(1/2,1/2)), one per line as probabilities
        Assert.That(exit, Is.EqualTo(0), err);
        var rows = Probabilities(stdout, 4);
        Assert.That(rows, Has.Count.EqualTo(3));
        Assert.That(rows.Count(r => r.All(p => p is 0 or 1)), Is.EqualTo(2));
        Assert.That(rows.Single(r => r.Any(p => p is > 0 and < 1)), Is.EqualTo(new[] { 0.5, 0.5, 0.5, 0.5 }).Within(1e-9));
        Assert.That(err, Does.Contain("3 equilibria (2 pure, 1 mixed)"));
    }

    [Test]
    public void Equilibria_ThirdsGameAsJson_HasTheMixedOneThirdTwoThirds()
    {
        // Given A=[[2,1],[0,2]], B=[[2,0],[1,2]]; When listed with --json
        var (exit, stdout, err) = Repo.Hedge("equilibria", Game("thirds.yaml"), "--json");

        // Then the JSON names players and actions, and the mixed equilibrium is ((1/3,2/3),(1/3,2/3))
        Assert.That(exit, Is.EqualTo(0), err);
        using var doc = JsonDocument.Parse(stdout);
        var equilibria = doc.RootElement.GetProperty("equilibria").EnumerateArray().ToList();
        Assert.That(equilibria, Has.Count.EqualTo(3));
        Assert.That(doc.RootElement.GetProperty("degenerate").GetBoolean(), Is.False);
        var mixed = equilibria.Single(e => e.GetProperty("type").GetString() == "mixed");
        foreach (var player in mixed.GetProperty("strategies").EnumerateObject())
        {
            var p = player.Value.EnumerateObject().Select(a => a.Value.GetDouble()).ToArray();
            Assert.That(p, Is.EqualTo(new[] { 1.0 / 3, 2.0 / 3 }).Within(1e-9), player.Name);
        }
    }

    [Test]
    public void Equilibria_DegenerateGame_WarnsThatSupportEnumerationMayMiss()
    {
        // Given a game with a best-response tie; When listed
        var (exit, _, err) = Repo.Hedge("equilibria", Game("degenerate.yaml"));

        // Then a warning says the game is degenerate and support enumeration can miss equilibria
        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(err, Does.Contain("warning:").And.Contain("degenerate"));
    }

    [Test]
    public void Equilibria_ThreePlayers_PureOnlyWithWarning()
    {
        // Given a three-player game; When listed
        var (exit, stdout, err) = Repo.Hedge("equilibria", Game("three-player-coordination.yaml"));

        // Then every line is pure and a warning says mixed equilibria are not enumerated for more than two players
        Assert.That(exit, Is.EqualTo(0), err);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines.Length, Is.GreaterThan(1));
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[1]), Has.All.EqualTo("pure"));
        Assert.That(err, Does.Contain("warning:").And.Contain("two players"));
    }

    [Test]
    public void Equilibria_ExperimentOptionOnAGame_Refused()
    {
        var (exit, _, err) = Repo.Hedge("equilibria", Game("thirds.yaml"), "--round", "3");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("--round applies to experiment files"));
    }

    [Test]
    public void Equilibria_TurbulentBaseline_KazakhstanHedgesInThePureEquilibriumAndLearnersPlayIt()
    {
        // Given the baseline with the turbulent settings of MODEL.md property 4 (high hazards, rivalry > 0) from the start
        var turbulent = new[]
        {
            "--set", "shocks.sanctions.hazard=0.3", "--set", "shocks.disruption.hazard=0.3", "--set", "shocks.coercion.hazard=0.3",
            "--set", "shocks.abandonment.hazard=0.3",
            // the closure severity the baseline assumed before it read CPC's stop lengths: this test is about the
            // equilibrium machinery in a turbulent world, not about the calibration
            "--set", "shocks.disruption.severity=0.3",
        };

        // When the stage game at 2020Q1 is built with every choosing actor varying, and listed as JSON
        var (exit, stdout, err) = Repo.Hedge(["equilibria", Repo.Experiment("kazakhstan-baseline.yaml"), "--round", "2020Q1", "--json", .. turbulent]);

        // Then it has a pure equilibrium, Kazakhstan hedges in every one, and the best-responding learner played hedging
        Assert.That(exit, Is.EqualTo(0), err);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        var equilibria = root.GetProperty("equilibria").EnumerateArray().ToList();
        Assert.That(equilibria, Is.Not.Empty);
        foreach (var e in equilibria)
        {
            var kaz = e.GetProperty("strategies").GetProperty("KAZ").EnumerateObject().Single(a => a.Value.GetDouble() == 1.0);
            Assert.That(kaz.Name, Does.StartWith("hedging"));
        }
        var played = root.GetProperty("played");
        Assert.That(played.GetProperty("round").GetString(), Is.EqualTo("2020Q1"));
        Assert.That(played.GetProperty("profile").GetProperty("KAZ").GetString(), Does.StartWith("hedging"));
        Assert.That(err, Does.Contain("learners played"));
    }

    [Test]
    public void Equilibria_StageGameSaved_IsAGameFileThatLearnAndEquilibriaRead()
    {
        // Given Kazakhstan's and Russia's stage game at the baseline's 2023Q1, saved as a game file
        var saved = Path.Combine(Dir, "stage.yaml");
        var (exit, csv, err) = Repo.Hedge("equilibria", Repo.Experiment("kazakhstan-baseline.yaml"), "--round", "2023Q1",
            "--vary", "KAZ,RUS", "--save-game", saved);
        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(File.Exists(saved));

        // When equilibria reads the saved file (a two-player game: mixed ones too) and learn plays it
        var (exit2, csv2, err2) = Repo.Hedge("equilibria", saved);
        var (exit3, _, err3) = Repo.Hedge("learn", saved, "--rule", "best-response", "--rounds", "200", "--out", Path.Combine(Dir, "learn"));

        // Then the pure equilibria of the saved game are those of the model's stage game
        Assert.That(exit2, Is.EqualTo(0), err2);
        Assert.That(exit3, Is.EqualTo(0), err3);
        static IEnumerable<string> Pure(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Where(l => l.Split(',')[1] == "pure").Select(l => string.Join(',', l.Split(',').Skip(2)));
        Assert.That(Pure(csv2), Is.EqualTo(Pure(csv)));
    }

    [TestCase("current", false)]
    [TestCase("sustained", true)]
    public void Equilibria_BaselineAfter2022_KazakhstansPlayIsABestResponseOnlyAtSustainedStocks(string stocks, bool bestResponse)
    {
        // Given the baseline with a best responder without inertia, after the 2022 shift (Kazakhstan hedging)
        // (with the closure severity the baseline assumed before it read CPC's stop lengths, under which it hedges)
        var (exit, stdout, err) = Repo.Hedge("equilibria", Repo.Experiment("kazakhstan-baseline.yaml"), "--round", "2024Q1",
            "--vary", "KAZ", "--stocks", stocks, "--set", "actors.KAZ.learning.inertia=0", "--set", "shocks.disruption.severity=0.3", "--json");

        // When Kazakhstan's gain from deviating is read
        Assert.That(exit, Is.EqualTo(0), err);
        using var doc = JsonDocument.Parse(stdout);
        var played = doc.RootElement.GetProperty("played");
        var gain = played.GetProperty("bestResponses").GetProperty("KAZ").GetProperty("gain").GetDouble();

        // Then hedging is the best response when each action is scored at the stocks it sustains (as the learner scores
        // it), but not at the stocks of the moment, which a quarter of hedging has not yet built up
        Assert.That(played.GetProperty("profile").GetProperty("KAZ").GetString(), Is.EqualTo("hedging"));
        Assert.That(gain == 0, Is.EqualTo(bestResponse), $"gain {gain}");
        Assert.That(played.GetProperty("isEquilibrium").GetBoolean(), Is.EqualTo(bestResponse));
    }

    [TestCase("--round", "1999Q1", "not a round", TestName = "Equilibria_RoundOutsideTheRun_Refused")]
    [TestCase("--vary", "KZA", "KAZ", TestName = "Equilibria_MisspelledActor_Suggested")]
    [TestCase("--vary", "TUR", "choosing actor", TestName = "Equilibria_PartnerCannotVary_Refused")]
    [TestCase("--stocks", "stationary", "sustained", TestName = "Equilibria_UnknownStocks_ListsValidValues")]
    public void Equilibria_BadExperimentOptions_ExitTwo(string option, string value, string expected)
    {
        var (exit, _, err) = Repo.Hedge("equilibria", Repo.Experiment("kazakhstan-baseline.yaml"), option, value);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain(expected));
    }
}
