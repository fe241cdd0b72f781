using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Core.Games;
using HedgeAgents.Experiments.Games;
using static HedgeAgents.Experiments.Tests.Games.GameTestSupport;

namespace HedgeAgents.Experiments.Tests.Games;

public class GameWriterTests
{
    private static NormalFormGame PrisonersDilemma() => NormalFormGame.FromMatrices("prisoners-dilemma", "row", "column",
        ["cooperate", "defect"], ["cooperate", "defect"], new double[,] { { 3, 0 }, { 5, 1 } }, new double[,] { { 3, 5 }, { 0, 1 } });

    [Test]
    public void ToYaml_TwoPlayers_CanonicalMatrixForm()
    {
        // Given the prisoner's dilemma / When written with a description and source
        var yaml = GameWriter.ToYaml(PrisonersDilemma(), "one \"shot\"\nonly", "Axelrod (1984)");

        // Then it is the canonical matrix form, with the texts quoted and escaped
        Assert.That(yaml.ReplaceLineEndings("\n"), Is.EqualTo("""
            name: prisoners-dilemma
            description: "one \"shot\"\nonly"
            source: "Axelrod (1984)"
            players: [row, column]
            actions:
              row: [cooperate, defect]
              column: [cooperate, defect]
            # A[i][j]: row's payoff when row plays action i and column plays action j
            A:
              - [3, 0]
              - [5, 1]
            # B[i][j]: column's payoff when row plays action i and column plays action j
            B:
              - [3, 5]
              - [0, 1]

            """));
    }

    [Test]
    public void ToYaml_ThreePlayers_TensorWithOuterLevelsAsBlockLists()
    {
        // Given a 2×2×2 game whose payoffs are 1000p + 100i + 10j + k
        var payoffs = new double[8 * 3];
        for (var index = 0; index < 8; index++)
        for (var p = 0; p < 3; p++)
            payoffs[index * 3 + p] = 1000 * p + 100 * (index / 4) + 10 * (index / 2 % 2) + index % 2;
        var game = new NormalFormGame("cube", ["a", "b", "c"], [["x", "y"], ["x", "y"], ["x", "y"]], payoffs);

        // When written
        var yaml = GameWriter.ToYaml(game).ReplaceLineEndings("\n");

        // Then the tensor is nested a, b as block lists and c on one line
        Assert.That(yaml, Does.EndWith("""
            # payoffs[a][b][c]: [a, b, c]'s payoffs at that profile
            payoffs:
              - - [[0, 1000, 2000], [1, 1001, 2001]]
                - [[10, 1010, 2010], [11, 1011, 2011]]
              - - [[100, 1100, 2100], [101, 1101, 2101]]
                - [[110, 1110, 2110], [111, 1111, 2111]]

            """));
        Assert.That(yaml, Does.Not.Contain("description").And.Not.Contain("source"));
        AssertSame(GameLoader.LoadFromText(yaml, "x.yaml"), game);
    }

    [TestCase(1)]
    [TestCase(4)]
    public void ToYaml_OneOrFourPlayers_RoundTrips(int players)
    {
        var names = Enumerable.Range(0, players).Select(i => $"p{i}").ToArray();
        var actions = Enumerable.Range(0, players).Select(i => (IReadOnlyList<string>)Enumerable.Range(0, i % 2 + 2).Select(a => $"a{a}").ToArray()).ToArray();
        var profiles = actions.Aggregate(1, (n, a) => n * a.Count);
        var game = new NormalFormGame("n", names, actions, Enumerable.Range(0, profiles * players).Select(x => x / 7.0).ToArray());
        AssertSame(GameLoader.LoadFromText(GameWriter.ToYaml(game), "n.yaml"), game);
    }

    [Test]
    public void ToYaml_AwkwardLabelsAndNumbers_RoundTripExactly()
    {
        // Given labels YAML would misread unquoted, and numbers without short decimal forms
        string[] labels = ["balancing:RUS", "a, b", "#hash", "- dash", "null", "~", " padded ", "quote\"back\\slash", "[x]", "ü", "007", "true"];
        double[] numbers = [0.1, 1.0 / 3, -0.0, 5e-324, double.MaxValue, -1e-300, 123456789.123456789, 2.5e15];
        var game = new NormalFormGame("name: with {braces}", ["row", "col: umn"], [labels[..6], labels[6..]],
            Enumerable.Range(0, 72).Select(i => numbers[i % numbers.Length] * (i % 3 == 0 ? -1 : 1)).ToArray());

        // When written and read back / Then it is the same game, bit for bit
        AssertSame(GameLoader.LoadFromText(GameWriter.ToYaml(game, "d: #", "s"), "x.yaml"), game);
    }

    [Test]
    public void ToYaml_RandomGames_RoundTrip()
    {
        // Given random games of 1 to 3 players with 1 to 3 actions each and arbitrary finite payoffs
        var games =
            from sizes in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 3), n))
            from values in Gen.ArrayOf(ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get), sizes.Aggregate(1, (a, b) => a * b) * sizes.Length)
            select new NormalFormGame("random", [.. sizes.Select((_, i) => $"p{i}")],
                [.. sizes.Select(s => (IReadOnlyList<string>)[.. Enumerable.Range(0, s).Select(a => $"a{a}")])], values);

        // When written and read back / Then each is the same game
        var property = Prop.ForAll(games.ToArbitrary(), game =>
        {
            AssertSame(GameLoader.LoadFromText(GameWriter.ToYaml(game), "r.yaml"), game);
            return true;
        });
        Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(100), property);
    }

    [TestCase("tab\there")]
    [TestCase("line\nbreak")]
    [TestCase("  ")]
    public void ToYaml_LabelAGameFileWouldReject_Throws(string label)
    {
        var game = new NormalFormGame("g", ["a"], [["ok", label]], new double[] { 1, 2 });
        Assert.Throws<ArgumentException>(() => GameWriter.ToYaml(game));
    }
}
