using HedgeAgents.Experiments.Games;
using static HedgeAgents.Experiments.Tests.Games.GameTestSupport;

namespace HedgeAgents.Experiments.Tests.Games;

public class ShippedGameFilesTests
{
    private static readonly string[] Shipped =
    [
        "battle-of-the-sexes.yaml", "coordination.yaml", "degenerate.yaml", "hawk-dove.yaml", "matching-pennies.yaml",
        "prisoners-dilemma.yaml", "rock-paper-scissors.yaml", "stag-hunt.yaml", "thirds.yaml",
        "three-player-coordination.yaml", "two-pure-one-mixed.yaml", "unique-strict.yaml",
    ];

    [Test]
    public void GamesFolder_Listing_IsExactlyTheShippedGames()
    {
        // Given experiments/games / When its YAML files are listed / Then they are the games the tests below cover
        var files = Directory.GetFiles(GamesFolder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.That(files, Is.EqualTo(Shipped));
    }

    [TestCaseSource(nameof(Shipped))]
    public void LoadFile_ShippedGame_LoadsNamedAfterItsFileAndRoundTripsThroughTheWriter(string file)
    {
        // Given a shipped game file
        var path = Path.Combine(GamesFolder, file);

        // When it is loaded, written and loaded again
        var game = GameLoader.LoadFile(path);
        var again = GameLoader.LoadFromText(GameWriter.ToYaml(game, "a description", "a source"), "elsewhere.yaml");

        // Then its name is its file's, and the written game is the same game
        Assert.That(game.Name, Is.EqualTo(Path.GetFileNameWithoutExtension(file)));
        AssertSame(again, game);
    }

    [TestCaseSource(nameof(Shipped))]
    public void ShippedGame_Text_HasDescriptionAndSource(string file)
    {
        // Given a shipped game file / When its top-level keys are read / Then it says what it shows and where it is from
        var text = File.ReadAllText(Path.Combine(GamesFolder, file));
        Assert.That(text, Does.Contain("\ndescription: ").And.Contain("\nsource: "));
    }

    [TestCaseSource(nameof(Shipped))]
    public void IsGameFile_ShippedGame_True(string file) =>
        Assert.That(GameLoader.IsGameFile(Path.Combine(GamesFolder, file)), Is.True);

    [Test]
    public void IsGameFile_Experiment_False() =>
        Assert.That(GameLoader.IsGameFile(Path.Combine(Root, "experiments", "kazakhstan-baseline.yaml")), Is.False);

    [Test]
    public void Readme_Table_ListsEveryShippedGame()
    {
        // Given the games README / Then each game file has a row
        var readme = File.ReadAllText(Path.Combine(GamesFolder, "README.md"));
        foreach (var file in Shipped) Assert.That(readme, Does.Contain($"[{file}]({file})"), file);
    }

    [Test]
    public void GamesDoc_YamlExamples_EachLoads()
    {
        // Given the YAML examples in docs/games.md
        var doc = File.ReadAllText(Path.Combine(Root, "docs", "games.md")).ReplaceLineEndings("\n");
        var examples = System.Text.RegularExpressions.Regex.Matches(doc, "```yaml\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).ToList();
        Assert.That(examples, Has.Count.GreaterThanOrEqualTo(4));

        // Then each is a valid game
        foreach (var example in examples) Assert.DoesNotThrow(() => GameLoader.LoadFromText(example, "doc.yaml"), example);
    }

    [TestCase("prisoners-dilemma.yaml", 1, 0, 5.0, 0.0)]   // row defects on a cooperator: T and S
    [TestCase("prisoners-dilemma.yaml", 1, 1, 1.0, 1.0)]   // mutual defection: P
    [TestCase("hawk-dove.yaml", 0, 0, -0.5, -0.5)]         // (V − C) / 2
    [TestCase("hawk-dove.yaml", 0, 1, 2.0, 0.0)]
    [TestCase("hawk-dove.yaml", 1, 1, 1.0, 1.0)]
    [TestCase("matching-pennies.yaml", 0, 1, -1.0, 1.0)]   // zero_sum: B = −A
    [TestCase("rock-paper-scissors.yaml", 0, 2, 1.0, -1.0)] // rock beats scissors
    [TestCase("rock-paper-scissors.yaml", 2, 0, -1.0, 1.0)]
    [TestCase("two-pure-one-mixed.yaml", 1, 0, -2.0, -1.0)]
    [TestCase("thirds.yaml", 0, 1, 1.0, 0.0)]
    [TestCase("unique-strict.yaml", 1, 2, 3.0, 0.0)]
    public void LoadFile_TwoPlayerGame_PayoffsAsInTheMatrices(string file, int row, int column, double a, double b)
    {
        var game = GameLoader.LoadFile(Path.Combine(GamesFolder, file));
        Assert.That(game.Payoff(0, [row, column]), Is.EqualTo(a));
        Assert.That(game.Payoff(1, [row, column]), Is.EqualTo(b));
    }

    [Test]
    public void LoadFile_ThreePlayerCoordination_PaysOneExactlyWhenAllMatch()
    {
        // Given the three-player coordination game
        var game = GameLoader.LoadFile(Path.Combine(GamesFolder, "three-player-coordination.yaml"));
        Assert.That(game.PlayerCount, Is.EqualTo(3));

        // Then every profile pays everyone 1 if all three colours match, else 0
        Span<int> profile = stackalloc int[3];
        for (var index = 0; index < game.ProfileCount; index++)
        {
            game.Decode(index, profile);
            var expected = profile[0] == profile[1] && profile[1] == profile[2] ? 1.0 : 0.0;
            for (var p = 0; p < 3; p++) Assert.That(game.Payoff(p, index), Is.EqualTo(expected), $"profile {index}, player {p}");
        }
    }
}
