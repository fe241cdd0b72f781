using HedgeAgents.Core.Games;
using HedgeAgents.Experiments.Games;
using static HedgeAgents.Experiments.Tests.Games.GameTestSupport;

namespace HedgeAgents.Experiments.Tests.Games;

public class GameLoaderFormTests
{
    // A 2×3 game with distinct payoffs, so that a transposed or misordered reading cannot pass.
    private const string Matrices = """
        name: shapes
        players: [row, column]
        actions:
          row: [up, down]
          column: [left, center, right]
        A: [[1, 2, 3], [4, 5, 6]]
        B: [[-1, -2, -3], [-4, -5, -6.5]]
        """;

    private const string Tensor = """
        name: shapes
        players: [row, column]
        actions: [[up, down], [left, center, right]]
        payoffs:
          - [[1, -1], [2, -2], [3, -3]]
          - [[4, -4], [5, -5], [6, -6.5]]
        """;

    [Test]
    public void LoadFromText_MatricesAndTensorOfTheSameGame_IdenticalGames()
    {
        // Given one 2×3 game written as matrices and as a tensor / When both are loaded
        var fromMatrices = GameLoader.LoadFromText(Matrices, "m.yaml");
        var fromTensor = GameLoader.LoadFromText(Tensor, "t.yaml");

        // Then they are the same game, and it is the one FromMatrices builds
        AssertSame(fromTensor, fromMatrices);
        var expected = NormalFormGame.FromMatrices("shapes", "row", "column", ["up", "down"], ["left", "center", "right"],
            new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }, new double[,] { { -1, -2, -3 }, { -4, -5, -6.5 } });
        AssertSame(fromMatrices, expected);
        Assert.That(fromMatrices.Payoff(1, [1, 2]), Is.EqualTo(-6.5));
    }

    [Test]
    public void LoadFromText_ActionsMapInAnotherOrder_FollowsThePlayersList()
    {
        // Given the actions map written with column first
        var yaml = Matrices.Replace("  row: [up, down]\n  column: [left, center, right]", "  column: [left, center, right]\n  row: [up, down]");
        Assert.That(yaml, Is.Not.EqualTo(Matrices));

        // When loaded / Then each player still has its own actions
        AssertSame(GameLoader.LoadFromText(yaml, "m.yaml"), GameLoader.LoadFromText(Matrices, "m.yaml"));
    }

    [Test]
    public void LoadFromText_ZeroSumWithAOnly_BIsMinusA()
    {
        // Given A alone with zero_sum: true
        var yaml = """
            players: [row, column]
            actions: [[a, b], [x, y, z]]
            A: [[1, -2, 0.5], [0, 3, -4]]
            zero_sum: true
            """;

        // When loaded
        var game = GameLoader.LoadFromText(yaml, "zs.yaml");

        // Then the column player's payoff is minus the row player's at every profile
        for (var i = 0; i < game.ProfileCount; i++) Assert.That(game.Payoff(1, i), Is.EqualTo(-game.Payoff(0, i)));
        Assert.That(game.Payoff(1, [1, 2]), Is.EqualTo(4.0));
    }

    [Test]
    public void LoadFromText_ThreePlayerTensor_IndexedByEachPlayersActionInOrder()
    {
        // Given a 2×3×2 tensor whose payoff for player p at (i, j, k) is 1000p + 100i + 10j + k
        var rows = Enumerable.Range(0, 2).Select(i => "  - - " + string.Join("\n    - ", Enumerable.Range(0, 3).Select(j =>
            "[" + string.Join(", ", Enumerable.Range(0, 2).Select(k =>
                "[" + string.Join(", ", Enumerable.Range(0, 3).Select(p => 1000 * p + 100 * i + 10 * j + k)) + "]")) + "]")));
        var yaml = $"""
            players: [p, q, r]
            actions:
              p: [p0, p1]
              q: [q0, q1, q2]
              r: [r0, r1]
            payoffs:
            {string.Join("\n", rows)}
            """;

        // When loaded
        var game = GameLoader.LoadFromText(yaml, "three.yaml");

        // Then every payoff is where the formula says
        Assert.That(game.PlayerCount, Is.EqualTo(3));
        Assert.That(game.ProfileCount, Is.EqualTo(12));
        for (var i = 0; i < 2; i++)
        for (var j = 0; j < 3; j++)
        for (var k = 0; k < 2; k++)
        for (var p = 0; p < 3; p++)
            Assert.That(game.Payoff(p, [i, j, k]), Is.EqualTo(1000 * p + 100 * i + 10 * j + k), $"({i}, {j}, {k}) player {p}");
    }

    [Test]
    public void LoadFromText_OnePlayer_TensorOfOnePayoffPerAction()
    {
        var game = GameLoader.LoadFromText("players: [solo]\nactions: [[a, b, c]]\npayoffs: [[1], [2], [3]]", "solo.yaml");
        Assert.That(Payoffs(game), Is.EqualTo(new[] { 1.0, 2.0, 3.0 }));
    }

    [TestCase("name: pd\n", "game.yaml", "pd")]
    [TestCase("", "folder/my-game.yaml", "my-game")]
    [TestCase("name: \"two words: quoted\"\n", "game.yaml", "two words: quoted")]
    public void LoadFromText_Name_FromTheKeyElseTheFileName(string nameLine, string file, string expected)
    {
        var game = GameLoader.LoadFromText(nameLine + "players: [a]\nactions: [[x]]\npayoffs: [[0]]", file);
        Assert.That(game.Name, Is.EqualTo(expected));
    }

    [TestCase("1.5", 1.5)]
    [TestCase("-2e-3", -0.002)]
    [TestCase("+3", 3.0)]
    [TestCase(".25", 0.25)]
    [TestCase("1E+2", 100.0)]
    public void LoadFromText_Number_ReadInvariantly(string text, double expected)
    {
        var game = GameLoader.LoadFromText($"players: [a]\nactions: [[x]]\npayoffs: [[{text}]]", "n.yaml");
        Assert.That(game.Payoff(0, 0), Is.EqualTo(expected));
    }

    [Test]
    public void LoadFromText_LabelsThatLookLikeOtherTypes_KeptAsWritten()
    {
        // Given labels YAML could read as numbers or booleans, and a quoted one with a colon
        var game = GameLoader.LoadFromText("players: [\"1\", yes]\nactions: [[true, 2.50], [\"a: b\", ü]]\nA: [[1, 2], [3, 4]]\nB: [[1, 2], [3, 4]]", "g.yaml");

        // Then they are the text that was written
        Assert.That(game.Players, Is.EqualTo(new[] { "1", "yes" }));
        Assert.That(game.Actions[0], Is.EqualTo(new[] { "true", "2.50" }));
        Assert.That(game.Actions[1], Is.EqualTo(new[] { "a: b", "ü" }));
    }

    [Test]
    public void LoadFromText_DescriptionAndSource_Accepted()
    {
        var yaml = "description: >\n  two\n  lines\nsource: a book (1999)\nplayers: [a]\nactions: [[x]]\npayoffs: [[0]]";
        Assert.That(GameLoader.LoadFromText(yaml, "d.yaml").Name, Is.EqualTo("d"));
    }

    [Test]
    public void IsGameText_GameExperimentAndOthers_DecidedByPlayersAndActors()
    {
        Assert.That(GameLoader.IsGameText(Matrices), Is.True);
        Assert.That(GameLoader.IsGameText(Tensor), Is.True);
        Assert.That(GameLoader.IsGameText("name: x\nactors:\n  - {id: KAZ, kind: middle}"), Is.False);
        Assert.That(GameLoader.IsGameText("players: [a]\nactors: []"), Is.False);
        Assert.That(GameLoader.IsGameText(""), Is.False);
        Assert.That(GameLoader.IsGameText("- players"), Is.False);
        Assert.That(GameLoader.IsGameText("nested:\n  players: [a]"), Is.False);
    }

    [Test]
    public void IsGameText_GameWithASyntaxError_StillAGame()
    {
        // Given a game file whose A matrix is not closed, and an experiment with the same mistake
        var brokenGame = "players: [a, b]\nactions: [[x], [y]]\nA: [[1]\nB: [[2]]";
        var brokenExperiment = "name: x\nplayers: [a\nactors: []";

        // Then the game is recognised by its top-level keys, so its error is reported in game terms
        Assert.That(GameLoader.IsGameText(brokenGame), Is.True);
        Assert.That(GameLoader.IsGameText(brokenExperiment), Is.False);
    }

    [Test]
    public void IsGameFile_MissingFile_False() =>
        Assert.That(GameLoader.IsGameFile(Path.Combine(Path.GetTempPath(), "no-such-game-" + Guid.NewGuid().ToString("N") + ".yaml")), Is.False);
}
