using HedgeAgents.Core.Games;
using HedgeAgents.Core.Games.Equilibria;
using static HedgeAgents.Core.Tests.Games.Equilibria.EquilibriumChecks;

namespace HedgeAgents.Core.Tests.Games.Equilibria;

/// <summary>Known answers: every equilibrium of games whose equilibria are published or follow by hand, in report
/// order (pure by profile index, then mixed by support size and probabilities).</summary>
public class KnownEquilibriaTests
{
    private const double Third = 1.0 / 3;

    private static TestCaseData Case(string name, NormalFormGame game, params double[][][] expected) =>
        new TestCaseData(game, expected).SetName($"Find_{name}_ReturnsExactlyTheKnownEquilibria");

    /// <summary>Nondegenerate games: the list is complete and Degenerate is false.</summary>
    private static IEnumerable<TestCaseData> Nondegenerate()
    {
        // nashpy's test suite (tests/unit/test_game.py, support and vertex enumeration): two pure and (½,½),(½,½).
        yield return Case("NashpyGameOne", Bimatrix("nashpy-1", new double[,] { { 1, 0 }, { -2, 3 } }, new double[,] { { 3, 2 }, { -1, 0 } }),
            Eq(V(1, 0), V(1, 0)), Eq(V(0, 1), V(0, 1)), Eq(V(0.5, 0.5), V(0.5, 0.5)));
        // nashpy's test suite (same tests): two pure and (⅓,⅔),(⅓,⅔).
        yield return Case("NashpyGameTwo", Bimatrix("nashpy-2", new double[,] { { 2, 1 }, { 0, 2 } }, new double[,] { { 2, 0 }, { 1, 2 } }),
            Eq(V(1, 0), V(1, 0)), Eq(V(0, 1), V(0, 1)), Eq(V(Third, 2 * Third), V(Third, 2 * Third)));
        // nashpy README (usage example of support_enumeration): pure (r0,c1), (r1,c0) and (½,½),(½,½).
        yield return Case("NashpyReadme", Bimatrix("nashpy-readme", new double[,] { { 1, 2 }, { 3, 0 } }, new double[,] { { 0, 2 }, { 3, 1 } }),
            Eq(V(1, 0), V(0, 1)), Eq(V(0, 1), V(1, 0)), Eq(V(0.5, 0.5), V(0.5, 0.5)));
        // Prisoner's dilemma: defection strictly dominates, so (D, D) is the unique equilibrium (standard result).
        yield return Case("PrisonersDilemma", TextbookGames.PrisonersDilemma(), Eq(V(0, 1), V(0, 1)));
        // Matching pennies: unique equilibrium (½,½),(½,½) (nashpy docs, "solve with support enumeration").
        yield return Case("MatchingPennies", TextbookGames.MatchingPennies(), Eq(V(0.5, 0.5), V(0.5, 0.5)));
        // Rock–paper–scissors: unique equilibrium, ⅓ each (standard result; SageMath: RPS is nondegenerate).
        yield return Case("RockPaperScissors", TextbookGames.RockPaperScissors(), Eq(V(Third, Third, Third), V(Third, Third, Third)));
        // Battle of the sexes with payoffs (2,1), (0,0), (0,0), (1,2): Osborne 2004, "BoS" — two pure equilibria and
        // the mixed one in which each player plays their preferred action with probability ⅔.
        yield return Case("BattleOfTheSexes", Bimatrix("bos", new double[,] { { 2, 0 }, { 0, 1 } }, new double[,] { { 1, 0 }, { 0, 2 } }),
            Eq(V(1, 0), V(1, 0)), Eq(V(0, 1), V(0, 1)), Eq(V(2 * Third, Third), V(Third, 2 * Third)));
        // Stag hunt, stag 2 if both hunt it, hare 1 always: (S,S), (H,H) and stag with probability ½ (standard result).
        yield return Case("StagHunt", Bimatrix("stag-hunt", new double[,] { { 2, 0 }, { 1, 1 } }, new double[,] { { 2, 1 }, { 0, 1 } }),
            Eq(V(1, 0), V(1, 0)), Eq(V(0, 1), V(0, 1)), Eq(V(0.5, 0.5), V(0.5, 0.5)));
        // Hawk–dove, V = 2, C = 3: the two asymmetric pure equilibria and the symmetric mixed one with hawk played with
        // probability V/C = ⅔ (Maynard Smith 1982, "Evolution and the Theory of Games").
        yield return Case("HawkDove", TextbookGames.HawkDove(),
            Eq(V(1, 0), V(0, 1)), Eq(V(0, 1), V(1, 0)), Eq(V(2 * Third, Third), V(2 * Third, Third)));
        // Chicken, swerve 0, win 1, lose −1, crash −10: the two asymmetric pure equilibria and swerving with probability
        // 0.9 (standard result: indifference −(1 − q) = q − 10(1 − q)).
        yield return Case("Chicken", Bimatrix("chicken", new double[,] { { 0, -1 }, { 1, -10 } }, new double[,] { { 0, 1 }, { -1, -10 } }),
            Eq(V(1, 0), V(0, 1)), Eq(V(0, 1), V(1, 0)), Eq(V(0.9, 0.1), V(0.9, 0.1)));
        // Pure coordination: both diagonal profiles and (½,½),(½,½) (standard result).
        yield return Case("PureCoordination", TextbookGames.PureCoordination(),
            Eq(V(1, 0), V(1, 0)), Eq(V(0, 1), V(0, 1)), Eq(V(0.5, 0.5), V(0.5, 0.5)));
        // Solvable by iterated strict dominance (see TextbookGames.UniqueStrict): the unique equilibrium (middle, right).
        yield return Case("IteratedDominance", TextbookGames.UniqueStrict(), Eq(V(0, 1, 0), V(0, 0, 1)));
        // A skew-symmetric zero-sum 3×3 game: the unique equilibrium is the kernel of A, (¼, ½, ¼) for both (standard
        // result: Ay ≤ 0 forces y₂ = 2y₁ = 2y₃).
        yield return Case("SkewSymmetric", Bimatrix("skew", new double[,] { { 0, -1, 2 }, { 1, 0, -1 }, { -2, 1, 0 } }, new double[,] { { 0, 1, -2 }, { -1, 0, 1 }, { 2, -1, 0 } }),
            Eq(V(0.25, 0.5, 0.25), V(0.25, 0.5, 0.25)));
        // Shapley's 3×3 game (Shapley 1964; the fictitious-play counterexample in Fudenberg & Levine 1998): the unique
        // equilibrium is ⅓ each.
        yield return Case("Shapley", Bimatrix("shapley", new double[,] { { 0, 1, 0 }, { 0, 0, 1 }, { 1, 0, 0 } }, new double[,] { { 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 } }),
            Eq(V(Third, Third, Third), V(Third, Third, Third)));
        // Nisan et al. 2007, "Algorithmic Game Theory", eq. (3.3), von Stengel's 3×2 game (also nashpy's vertex
        // enumeration test and SageMath's obtain_nash docs): three equilibria.
        yield return Case("VonStengel3x2", Bimatrix("von-stengel", new double[,] { { 3, 3 }, { 2, 5 }, { 0, 6 } }, new double[,] { { 3, 2 }, { 2, 6 }, { 3, 1 } }),
            Eq(V(1, 0, 0), V(1, 0)), Eq(V(0, Third, 2 * Third), V(Third, 2 * Third)), Eq(V(0.8, 0.2, 0), V(2 * Third, Third)));
        // SageMath obtain_nash docs, the 4×3 game with maximization=False (lrs): minimising A and B is maximising −A
        // and −B, and there are three mixed equilibria with awkward rationals.
        yield return Case("Sage4x3Minimised", Bimatrix("sage-4x3-min",
                new double[,] { { -10, -500, -44 }, { -15, -10, -105 }, { -19, -204, -55 }, { -20, -200, -590 } },
                new double[,] { { -2, -1, -2 }, { 0, -5, -6 }, { -3, -4, -1 }, { -4, -1, -20 } }),
            Eq(V(0.75, 0, 0.25, 0), V(0, 11.0 / 307, 296.0 / 307)),
            Eq(V(5.0 / 6, 1.0 / 6, 0, 0), V(98.0 / 99, 1.0 / 99, 0)),
            Eq(V(2 * Third, 1.0 / 12, 0.25, 0), V(6333.0 / 8045, 247.0 / 8045, 293.0 / 1609)));
    }

    [TestCaseSource(nameof(Nondegenerate))]
    public void KnownNondegenerateGame(NormalFormGame game, double[][][] expected)
    {
        // Given a nondegenerate two-player game with published equilibria
        // When its equilibria are found
        var report = EquilibriumFinder.Find(game);

        // Then they are exactly the known ones, in report order; mixed strategies were searched; no warning is raised
        AssertStrategies(report.Equilibria, expected, game.Name);
        Assert.That(report.MixedSearched, Is.True);
        Assert.That(report.Degenerate, Is.False, string.Join("; ", report.Warnings));
        Assert.That(report.Warnings, Is.Empty);
        foreach (var e in report.Equilibria)
            Assert.That(Regret(game, e), Is.LessThanOrEqualTo(1e-9), e.Describe(game));
    }

    /// <summary>Degenerate games: the list is every extreme equilibrium, and Degenerate is true.</summary>
    private static IEnumerable<TestCaseData> Degenerate()
    {
        // SageMath is_degenerate docs (from DGRB2010) and nashpy's degenerate test: von Stengel's game with the column
        // player's top row tied. Column is indifferent when row plays top, so (top, (q, 1−q)) is an equilibrium for
        // q ∈ [⅔, 1] (top is a best response iff q ≥ ⅔): extreme points q = 1 and q = ⅔; plus the isolated
        // ((0, ⅓, ⅔), (⅓, ⅔)). nashpy's support enumeration finds only the first and the last.
        yield return Case("VonStengelDegenerate", Bimatrix("von-stengel-degenerate", new double[,] { { 3, 3 }, { 2, 5 }, { 0, 6 } }, new double[,] { { 3, 3 }, { 2, 6 }, { 3, 1 } }),
            Eq(V(1, 0, 0), V(1, 0)), Eq(V(1, 0, 0), V(2 * Third, Third)), Eq(V(0, Third, 2 * Third), V(Third, 2 * Third)));
        // SageMath is_degenerate docs: lrs (vertex enumeration) finds these three extreme equilibria, Sage's support
        // enumeration only the first two.
        yield return Case("SageDegenerate4x4", Bimatrix("sage-degenerate",
                new double[,] { { -75, 18, 45, 33 }, { 42, -8, -77, -18 }, { 83, 18, 11, 40 }, { -10, -38, 76, -9 } },
                new double[,] { { 62, 64, 87, 51 }, { -41, -27, -69, 52 }, { -17, 25, -97, -82 }, { 30, 31, -1, 50 } }),
            Eq(V(0, 0, 1, 0), V(0, 1, 0, 0)),
            Eq(V(122.0 / 145, 0, 23.0 / 145, 0), V(0, 1, 0, 0)),
            Eq(V(17.0 / 29, 0, 0, 12.0 / 29), V(0, 0, 42.0 / 73, 31.0 / 73)));
        // nashpy issue #222: row is indifferent against c0, and c0 stays a best response while row plays r0 with
        // probability at most 2/7, so the equilibria are ((p, 1−p), c0) for p ∈ [0, 2/7].
        yield return Case("NashpyIssue222", Bimatrix("nashpy-222", new double[,] { { -3, 3 }, { -3, 5 } }, new double[,] { { 2, 7 }, { 4, 2 } }),
            Eq(V(0, 1), V(1, 0)), Eq(V(2.0 / 7, 5.0 / 7), V(1, 0)));
        // nashpy docs, "handle degenerate games": rows r1 and r2 are identical, so row may split ½ between them in any
        // proportion against (½, ½, 0); vertex enumeration there lists these two extreme points.
        yield return Case("NashpyDegenerateDocs", Bimatrix("nashpy-degenerate", new double[,] { { 0, -1, 1 }, { -1, 0, 1 }, { -1, 0, 1 } }, new double[,] { { 0, 1, -1 }, { 1, 0, -1 }, { 1, 0, -1 } }),
            Eq(V(0.5, 0, 0.5), V(0.5, 0.5, 0)), Eq(V(0.5, 0.5, 0), V(0.5, 0.5, 0)));
        // nashpy's degenerate test: against c0 row is indifferent and c0 is always column's best response, so every
        // ((p, 1−p), c0) is an equilibrium; the extreme points are the two pure ones.
        yield return Case("NashpyDegenerateTest", Bimatrix("nashpy-degenerate-test", new double[,] { { -1, 0 }, { -1, 1 } }, new double[,] { { 1, 0 }, { 1, -1 } }),
            Eq(V(1, 0), V(1, 0)), Eq(V(0, 1), V(1, 0)));
        // SageMath NormalFormGame.obtain_nash docs (lrs and support enumeration agree) and nashpy's tests: a 4×3 game
        // whose unique equilibrium is (0, 0, ¾, ¼), (1/28, 27/28, 0). Degenerate: column's payoffs in row r0 are all 2.
        yield return Case("Sage4x3", Bimatrix("sage-4x3", new double[,] { { 160, 205, 44 }, { 175, 180, 45 }, { 201, 204, 50 }, { 120, 207, 49 } }, new double[,] { { 2, 2, 2 }, { 1, 0, 0 }, { 3, 4, 1 }, { 4, 1, 2 } }),
            Eq(V(0, 0, 0.75, 0.25), V(1.0 / 28, 27.0 / 28, 0)));
        // SageMath obtain_nash docs ("2 random matrices", lrs agrees): a 5×5 game whose unique equilibrium is pure
        // (r0, c1). Degenerate: against c3, rows r0 and r1 both pay 1.
        yield return Case("Sage5x5", Bimatrix("sage-5x5",
                new double[,] { { 2, 8, -1, 1, 0 }, { 1, 1, 2, 1, 80 }, { 0, 2, 15, 0, -12 }, { -2, -2, 1, -20, -1 }, { 1, -2, -1, -2, 1 } },
                new double[,] { { 0, 8, 4, 2, -1 }, { 6, 14, -5, 1, 0 }, { 0, -2, -1, 8, -1 }, { 1, -1, 3, -3, 2 }, { 8, -4, 1, 1, -17 } }),
            Eq(V(1, 0, 0, 0, 0), V(0, 1, 0, 0, 0)));
        // The all-zero game (SageMath obtain_nash docs, nashpy's tests): every profile is an equilibrium; the four pure
        // ones are the extreme points.
        yield return Case("AllZero", Bimatrix("zero", new double[2, 2], new double[2, 2]),
            Eq(V(1, 0), V(1, 0)), Eq(V(1, 0), V(0, 1)), Eq(V(0, 1), V(1, 0)), Eq(V(0, 1), V(0, 1)));
    }

    [TestCaseSource(nameof(Degenerate))]
    public void KnownDegenerateGame(NormalFormGame game, double[][][] expected)
    {
        // Given a degenerate two-player game whose extreme equilibria are known
        // When its equilibria are found
        var report = EquilibriumFinder.Find(game);

        // Then exactly the extreme equilibria are listed, the game is flagged degenerate, and the warnings say a
        // continuum may lie between the listed equilibria
        AssertStrategies(report.Equilibria, expected, game.Name);
        Assert.That(report.Degenerate, Is.True);
        Assert.That(report.Warnings, Has.Some.StartsWith("degenerate: "));
        Assert.That(report.Warnings, Has.Some.Contains("continuum"));
        foreach (var e in report.Equilibria)
            Assert.That(Regret(game, e), Is.LessThanOrEqualTo(1e-9), e.Describe(game));
    }

    [Test]
    public void Find_BattleOfTheSexes_ReportsExpectedPayoffs()
    {
        // Given battle of the sexes with payoffs (2,1), (0,0), (0,0), (1,2)
        var game = Bimatrix("bos", new double[,] { { 2, 0 }, { 0, 1 } }, new double[,] { { 1, 0 }, { 0, 2 } });

        // When its equilibria are found
        var e = EquilibriumFinder.Find(game).Equilibria;

        // Then the payoffs are (2,1) and (1,2) at the pure equilibria and ⅔ each at the mixed one
        Assert.That(e.Select(x => x.Payoffs.ToArray()), Is.EqualTo(new[] { new[] { 2.0, 1 }, new[] { 1.0, 2 }, new[] { 2 * Third, 2 * Third } }).Within(1e-12).AsCollection);
    }
}
