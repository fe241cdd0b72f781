using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Games;
using static HedgeAgents.Experiments.Tests.Games.GameTestSupport;

namespace HedgeAgents.Experiments.Tests.Games;

/// <summary>Each kind of mistake in a game file gives a located error naming the key path and what would be valid.
/// Expectations are compiler-style strings <c>file:line:col: key: message</c>, so line, column and key are all checked.</summary>
public class GameLoaderErrorTests
{
    // Lines 1-7; the tests replace, remove or add lines.
    private const string Base = """
        name: pd
        players: [row, column]
        actions:
          row: [cooperate, defect]
          column: [cooperate, defect]
        A: [[3, 0], [5, 1]]
        B: [[3, 5], [0, 1]]
        """;

    private static string[] Lines => Base.ReplaceLineEndings("\n").Split('\n');

    /// <summary>The base file with 1-based line <paramref name="line"/> replaced (null removes it, past the end appends).</summary>
    private static string With(int line, string? text)
    {
        var lines = Lines.ToList();
        if (line > lines.Count) lines.Add(text!);
        else if (text is null) lines.RemoveAt(line - 1);
        else lines[line - 1] = text;
        return string.Join("\n", lines);
    }

    private static string[] Messages(string yaml) => [.. Errors(yaml).Select(e => e.ToString())];

    [Test]
    public void LoadFromText_Base_Loads() =>
        Assert.That(GameLoader.LoadFromText(Base, "game.yaml").Payoff(0, [1, 0]), Is.EqualTo(5.0));

    [TestCase(8, "sorce: Axelrod", "game.yaml:8:1: sorce: unknown key 'sorce'; did you mean 'source'?")]
    [TestCase(8, "Payoffs: []", "game.yaml:8:1: Payoffs: unknown key 'Payoffs'; did you mean 'payoffs'?")]
    [TestCase(8, "zero-sum: true", "game.yaml:8:1: zero-sum: unknown key 'zero-sum'; did you mean 'zero_sum'?")]
    [TestCase(8, "matrix: 1", "game.yaml:8:1: matrix: unknown key 'matrix'; valid: name, description, source, players, actions, A, B, payoffs, zero_sum")]
    [TestCase(1, "name: [a, b]", "game.yaml:1:7: name: expected the game's name (text), got a list")]
    [TestCase(1, "name: \"\"", "game.yaml:1:7: name: the game's name must not be empty")]
    [TestCase(8, "description: [a]", "game.yaml:8:14: description: expected text, got a list")]
    [TestCase(2, "players: [row, row]", "game.yaml:2:16: players[1]: duplicate player 'row' (also players[0])")]
    [TestCase(2, "players: [\"ro\\tw\", column]", "game.yaml:2:11: players[0]: a player name must not contain control characters (found U+0009)")]
    [TestCase(2, "players: [row, \"\"]", "game.yaml:2:16: players[1]: a player name must not be empty")]
    [TestCase(2, "players: row", "game.yaml:2:10: players: expected a list like [row, column], got 'row'")]
    [TestCase(2, "players: [row, [column]]", "game.yaml:2:16: players[1]: expected a player name (text), got a list")]
    [TestCase(4, "  row: [cooperate, cooperate]", "game.yaml:4:20: actions.row[1]: duplicate action 'cooperate' of player 'row' (also actions.row[0])")]
    [TestCase(4, "  row: [cooperate, \"\"]", "game.yaml:4:20: actions.row[1]: an action label must not be empty")]
    [TestCase(4, "  row: [cooperate, ~]", "game.yaml:4:20: actions.row[1]: an action label must not be empty")]
    [TestCase(4, "  row: [cooperate, \"de\\nfect\"]", "game.yaml:4:20: actions.row[1]: an action label must not contain control characters (found U+000A)")]
    [TestCase(5, "  column: []", "game.yaml:5:11: actions.column: player 'column' needs at least one action")]
    [TestCase(5, "  column: defect", "game.yaml:5:11: actions.column: expected a list like [up, down], got 'defect'")]
    [TestCase(5, null, "game.yaml:4:3: actions.column: missing the actions of player 'column'")]
    [TestCase(6, "A: [[3, 0], [5, 1], [7, 7]]", "game.yaml:6:4: A: expected 2 rows (one per action of row: cooperate, defect), got 3")]
    [TestCase(6, "A: [[3, 0], [5, 1, 2]]", "game.yaml:6:13: A[1]: expected 2 numbers (one per action of column: cooperate, defect), got 3")]
    [TestCase(6, "A: [[3, 0], [5]]", "game.yaml:6:13: A[1]: expected 2 numbers (one per action of column: cooperate, defect), got 1")]
    [TestCase(6, "A: [[3, 0], 5]", "game.yaml:6:13: A[1]: expected a list of 2 numbers (one per action of column: cooperate, defect), got '5'")]
    [TestCase(6, "A: 3", "game.yaml:6:4: A: expected a list of 2 rows (one per action of row: cooperate, defect), got '3'")]
    [TestCase(6, "A:", "game.yaml:6:3: A: expected a list of 2 rows (one per action of row: cooperate, defect), got nothing")]
    [TestCase(6, "A: [[3, .nan], [5, 1]]", "game.yaml:6:9: A[0][1]: expected a finite number, got '.nan'")]
    [TestCase(6, "A: [[3, -.inf], [5, 1]]", "game.yaml:6:9: A[0][1]: expected a finite number, got '-.inf'")]
    [TestCase(6, "A: [[3, 1e999], [5, 1]]", "game.yaml:6:9: A[0][1]: expected a finite number, got '1e999'")]
    [TestCase(6, "A: [[3, NaN], [5, 1]]", "game.yaml:6:9: A[0][1]: expected a finite number, got 'NaN'")]
    [TestCase(6, "A: [[3, three], [5, 1]]", "game.yaml:6:9: A[0][1]: expected a number, got 'three'")]
    [TestCase(6, "A: [[3, 0x1F], [5, 1]]", "game.yaml:6:9: A[0][1]: expected a number, got '0x1F'")]
    [TestCase(6, "A: [[3, 1,5], [5, 1]]", "game.yaml:6:5: A[0]: expected 2 numbers (one per action of column: cooperate, defect), got 3")]
    [TestCase(6, "A: [[3, \"0\"], [5, 1]]", "game.yaml:6:9: A[0][1]: expected a number, got the quoted text '0'; write numbers without quotes")]
    [TestCase(6, "A: [[3, ~], [5, 1]]", "game.yaml:6:9: A[0][1]: expected a number, got nothing")]
    [TestCase(6, "A: [[3, [0]], [5, 1]]", "game.yaml:6:9: A[0][1]: expected a number, got a list")]
    [TestCase(6, "A: [[3, {x: 0}], [5, 1]]", "game.yaml:6:9: A[0][1]: expected a number, got a map")]
    [TestCase(8, "payoffs: [[[3, 3], [0, 5]], [[5, 0], [1, 1]]]", "game.yaml:8:1: payoffs: give either the matrices A and B or the tensor 'payoffs', not both")]
    [TestCase(7, null, "game.yaml:6:1: B: missing 'B' (column's payoffs); or add zero_sum: true to take B = -A")]
    [TestCase(6, null, "game.yaml:6:1: A: missing 'A' (row's payoffs)")]
    [TestCase(8, "zero_sum: true", "game.yaml:8:1: zero_sum: zero_sum: true takes B = -A, so B must not be given as well; remove one of them")]
    [TestCase(8, "zero_sum: yes", "game.yaml:8:11: zero_sum: expected true or false, got 'yes'")]
    [TestCase(8, "zero_sum: false", null)]
    public void LoadFromText_OneMistake_OneLocatedErrorNamingTheKeyPath(int line, string? text, string? expected)
    {
        // Given the base game with one line changed
        var yaml = With(line, text);

        // When it is loaded / Then exactly the expected error is reported (null: the change is valid)
        if (expected is null) Assert.DoesNotThrow(() => GameLoader.LoadFromText(yaml, "game.yaml"));
        else Assert.That(Messages(yaml), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void LoadFromText_UnknownPlayerUnderActions_SuggestsItAndReportsTheMissingOne()
    {
        // Given 'column' misspelt under actions
        var errors = Messages(With(5, "  colum: [cooperate, defect]"));

        // Then the unknown name is suggested the real one, and the real one's actions are missing; in file order
        Assert.That(errors, Is.EqualTo(new[]
        {
            "game.yaml:4:3: actions.column: missing the actions of player 'column'",
            "game.yaml:5:3: actions.colum: unknown player 'colum'; did you mean 'column'?",
        }));
    }

    [Test]
    public void LoadFromText_DuplicatePlayerWithActionsMap_ReportedOnceNotAsUnknownPlayers()
    {
        // Given a duplicated player name and actions given for 'row' and 'column'
        var errors = Messages(With(2, "players: [row, row]"));

        // Then only the duplicate is reported: the actions map is not matched against broken names
        Assert.That(errors, Is.EqualTo(new[] { "game.yaml:2:16: players[1]: duplicate player 'row' (also players[0])" }));
    }

    [Test]
    public void LoadFromText_TwoByThreeWithBadEntry_KeyIsMatrixRowAndColumn()
    {
        // Given a 2×3 game whose A[0][2] is text (the example of the brief)
        var yaml = """
            players: [row, column]
            actions: [[up, down], [left, center, right]]
            A: [[1, 2, x], [4, 5, 6]]
            B: [[1, 2, 3], [4, 5, 6]]
            """;

        // Then the error names A[0][2] at its column
        Assert.That(Messages(yaml), Is.EqualTo(new[] { "game.yaml:3:12: A[0][2]: expected a number, got 'x'" }));
    }

    [TestCase("    - [[5, 0, 9], [1, 1]]", "game.yaml:5:8: payoffs[1][0]: expected 2 payoffs (one per player: row, column), got 3")]
    [TestCase("    - [[5, 0], [1, 1], [2, 2]]", "game.yaml:5:7: payoffs[1]: expected 2 entries (one per action of column: C, D), got 3")]
    [TestCase("    - 5", "game.yaml:5:7: payoffs[1]: expected a list of 2 entries (one per action of column: C, D), got '5'")]
    [TestCase("    - [[5, 0], [1, .inf]]", "game.yaml:5:20: payoffs[1][1][1]: expected a finite number, got '.inf'")]
    public void LoadFromText_BadTensor_ErrorAtTheEntryWithExpectedAndActualSize(string secondRow, string expected)
    {
        // Given a tensor whose second row is changed (line 5)
        var yaml = $"""
            players: [row, column]
            actions: [[C, D], [C, D]]
            payoffs:
                - [[3, 3], [0, 5]]
            {secondRow}
            """;

        // Then the error is at that entry, saying what size was expected and what was found
        Assert.That(Messages(yaml), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void LoadFromText_NoPayoffs_ErrorAtTheTopNamingBothForms() =>
        Assert.That(Messages(With(7, null).Replace("\nA: [[3, 0], [5, 1]]", "")), Is.EqualTo(new[]
        {
            "game.yaml:1:1: payoffs: missing payoffs: give 'payoffs' (nested lists indexed by each player's action, innermost one payoff per player) or, for two players, the matrices 'A' and 'B'",
        }));

    [Test]
    public void LoadFromText_MatricesForThreePlayers_ErrorAtASayingToUsePayoffs()
    {
        var yaml = "players: [a, b, c]\nactions: [[x], [x], [x]]\nA: [[1]]\nB: [[1]]";
        Assert.That(Messages(yaml), Is.EqualTo(new[]
        {
            "game.yaml:3:1: A: A and B are for two-player games; this game has 3 players (a, b, c), so give 'payoffs' instead",
        }));
    }

    [Test]
    public void LoadFromText_ZeroSumWithTensor_ErrorAtZeroSum()
    {
        var yaml = "players: [a, b]\nactions: [[x], [y]]\npayoffs: [[[1, -1]]]\nzero_sum: true";
        Assert.That(Messages(yaml), Is.EqualTo(new[]
        {
            "game.yaml:4:1: zero_sum: zero_sum: true is a shorthand for two players given by 'A' alone (it sets B = -A)",
        }));
    }

    [TestCase("[[x], [y]]", "game.yaml:2:10: actions: expected 3 action lists (one per player: a, b, c), got 2")]
    [TestCase("[[x], [y], [z], [w]]", "game.yaml:2:10: actions: expected 3 action lists (one per player: a, b, c), got 4")]
    [TestCase("[[x], [y], []]", "game.yaml:2:21: actions[2]: player 'c' needs at least one action")]
    [TestCase("[[x], [y], [\"\"]]", "game.yaml:2:22: actions[2][0]: an action label must not be empty")]
    [TestCase("x", "game.yaml:2:10: actions: expected each player's action labels, e.g. {row: [up, down], column: [left, right]} or [[up, down], [left, right]]; got 'x'")]
    public void LoadFromText_BadActionLists_ErrorAtActions(string actions, string expected)
    {
        var yaml = $"players: [a, b, c]\nactions: {actions}\npayoffs: [[[[1, 1, 1]]]]";
        Assert.That(Messages(yaml), Is.EqualTo(new[] { expected }));
    }

    [TestCase("name: x", new[]
    {
        "game.yaml:1:1: players: missing required key 'players' (a list of player names, e.g. [row, column])",
        "game.yaml:1:1: actions: missing required key 'actions' (each player's action labels, e.g. {row: [up, down], column: [left, right]})",
        "game.yaml:1:1: payoffs: missing payoffs: give 'payoffs' (nested lists indexed by each player's action, innermost one payoff per player) or, for two players, the matrices 'A' and 'B'",
    })]
    [TestCase("- players\n- actions", new[] { "game.yaml:1:1: file: a game file is a map of keys (players, actions, and A and B or payoffs)" })]
    [TestCase("", new[] { "game.yaml:1:1: players: the file is empty; a game needs at least 'players', 'actions' and payoffs ('A' and 'B', or 'payoffs')" })]
    [TestCase("# only a comment\n", new[] { "game.yaml:1:1: players: the file is empty; a game needs at least 'players', 'actions' and payoffs ('A' and 'B', or 'payoffs')" })]
    public void LoadFromText_NotAGameAtAll_SaysWhatAGameNeeds(string yaml, string[] expected) =>
        Assert.That(Messages(yaml), Is.EqualTo(expected));

    [Test]
    public void LoadFromText_TwoDocuments_ErrorAtTheSecondInGameTerms()
    {
        var errors = Messages(Base + "\n---\nname: other");
        Assert.That(errors, Has.Member("game.yaml:9:1: yaml: a game file holds one YAML document; remove the '---' separator"));
    }

    [Test]
    public void LoadFromText_YamlSyntaxError_LocatedAtTheFault()
    {
        // Given B indented as if under A, which YAML cannot parse (line 7, column 3)
        var errors = Errors(With(7, "  B: [[3, 5], [0, 1]]"));

        // Then there is one error, at the fault, under the key 'yaml'
        var error = errors.Single();
        Assert.That((error.Line, error.Column, error.Key), Is.EqualTo((7, 3, "yaml")), error.ToString());
    }

    [Test]
    public void LoadFromText_DuplicateKey_YamlErrorAtTheSecond()
    {
        var error = Errors(With(8, "A: [[0, 0], [0, 0]]")).Single();
        Assert.That((error.Line, error.Key), Is.EqualTo((8, "yaml")), error.ToString());
        Assert.That(error.Message, Does.Contain("Duplicate key"));
    }

    [Test]
    public void LoadFromText_UnclosedBracketBeforeTheNextKey_ErrorAtTheBracket()
    {
        // Given a '[' on line 2 that is never closed; YamlDotNet fails on this without a position
        var errors = Messages(With(2, "players: [row, column"));

        // Then the error points at the bracket
        Assert.That(errors, Is.EqualTo(new[] { "game.yaml:2:10: yaml: this '[' is not closed; YAML cannot read the lines after it" }));
    }

    [Test]
    public void LoadFromText_SeveralMistakes_AllReportedInFileOrder()
    {
        // Given a file with a typo'd key, a duplicate player, a duplicate action, a bad number, a short row and a bad flag
        var yaml = """
            name: many
            players: [row, column, row]
            actions:
              - [up, up]
              - [left, right]
              - [x]
            payofs: 1
            payoffs:
              - - [[1, 2, 3]]
                - [[abc, 0, 0]]
              - - [[1, 2, 3]]
                - [[1, 2]]
            zero_sum: maybe
            """;

        // When it is loaded
        var errors = Messages(yaml);

        // Then every problem is reported, each at its own place, in file order
        Assert.That(errors, Is.EqualTo(new[]
        {
            "game.yaml:2:24: players[2]: duplicate player 'row' (also players[0])",
            "game.yaml:4:10: actions[0][1]: duplicate action 'up' of player 'row' (also actions[0][0])",
            "game.yaml:7:1: payofs: unknown key 'payofs'; did you mean 'payoffs'?",
            "game.yaml:10:9: payoffs[0][1][0][0]: expected a number, got 'abc'",
            "game.yaml:12:8: payoffs[1][1][0]: expected 3 payoffs (one per player: row, column, row), got 2",
            "game.yaml:13:11: zero_sum: expected true or false, got 'maybe'",
        }));
    }

    [Test]
    public void LoadFromText_Errors_ExceptionMessageListsThemAll()
    {
        var e = Assert.Throws<ConfigException>(() => GameLoader.LoadFromText(With(6, "A: [[x, 0], [5, y]]"), "pd.yaml"));
        Assert.That(e!.Errors, Has.Count.EqualTo(2));
        Assert.That(e.Message, Does.Contain("pd.yaml:6:6: A[0][0]").And.Contain("pd.yaml:6:17: A[1][1]"));
    }

    [Test]
    public void LoadFile_MissingFile_ConfigErrorAboutTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-game-" + Guid.NewGuid().ToString("N") + ".yaml");
        var e = Assert.Throws<ConfigException>(() => GameLoader.LoadFile(path));
        var error = e!.Errors.Single();
        Assert.That((error.File, error.Line, error.Column, error.Key), Is.EqualTo((path, 1, 1, "file")));
    }

    [Test]
    public void ExperimentLoader_EmptyOrTwoDocuments_MessagesUnchanged()
    {
        // Given the experiment loader, which shares YamlInput with games / Then its messages are still about experiments
        Assert.That(Assert.Throws<ConfigException>(() => ExperimentLoader.LoadFromText("", "e.yaml"))!.Errors.Single().ToString(),
            Is.EqualTo("e.yaml:1:1: name: the file is empty; an experiment needs at least 'name' and 'actors'"));
        var twoDocuments = "name: x\nactors:\n  - {id: KAZ, kind: middle}\n---\nname: y";
        Assert.That(Assert.Throws<ConfigException>(() => ExperimentLoader.LoadFromText(twoDocuments, "e.yaml"))!.Errors.Select(e => e.ToString()),
            Has.Member("e.yaml:5:1: yaml: an experiment file holds one YAML document; remove the '---' separator"));
    }
}
