using HedgeAgents.Core.Games.Equilibria;
using static HedgeAgents.Core.Tests.Games.Equilibria.EquilibriumChecks;

namespace HedgeAgents.Core.Tests.Games.Equilibria;

/// <summary>The report: which method ran, the degeneracy flag and its witnesses, and the warnings.</summary>
public class EquilibriumFinderTests
{
    [Test]
    public void Find_PureTieInTwoPlayerGame_NamesTheTieInAWarning()
    {
        // Given a game in which column is indifferent between L and R when row plays U (and so is row against either)
        var game = Bimatrix("tie", new double[,] { { 1, 1 }, { 0, 0 } }, new double[,] { { 1, 1 }, { 0, 2 } }, ["U", "D"], ["L", "R"]);

        // When its equilibria are found
        var report = EquilibriumFinder.Find(game);

        // Then it is degenerate, the tie is spelled out, and both pure equilibria (U,L) and (U,R) are listed
        Assert.That(report.Degenerate, Is.True);
        Assert.That(report.Warnings[0], Is.EqualTo("degenerate: column has 2 best responses ('L', 'R') to row playing 'U'"));
        Assert.That(report.Warnings[^1], Does.Contain("continuum"));
        Assert.That(report.Pure.Select(e => e.PureProfile()), Is.EqualTo(new[] { new[] { 0, 0 }, new[] { 0, 1 } }));
    }

    [Test]
    public void Find_DegenerateOnlyThroughAMixedStrategy_NamesTheMixedWitness()
    {
        // Given SageMath's is_degenerate example: no pure strategy has two best responses, but against column's
        // (½, ½) all three rows pay 1.5
        var game = Bimatrix("sage-mixed-degenerate", new double[,] { { 3, 0 }, { 0, 3 }, { 1.5, 1.5 } }, new double[,] { { 4, 3 }, { 2, 6 }, { 3, 1 } },
            ["a", "b", "c"], ["L", "R"]);
        var pureTies = new List<string>();
        Assert.That(PureEquilibria.BestResponseTies(game, 1e-9, 10, pureTies), Is.Zero);

        // When its equilibria are found
        var report = EquilibriumFinder.Find(game);

        // Then the degeneracy is found from the mixed strategy, as the only witness
        Assert.That(report.Degenerate, Is.True);
        Assert.That(report.Warnings.Where(w => w.StartsWith("degenerate: ")), Is.EqualTo(new[]
        {
            "degenerate: row has 3 best responses ('a', 'b', 'c') to column playing 0.5 'L' + 0.5 'R'",
        }));
        foreach (var e in report.Equilibria) Assert.That(Regret(game, e), Is.LessThanOrEqualTo(1e-9));
    }

    [Test]
    public void Find_RowHasOneAction_ListsColumnsOptimaAsExtremeEquilibria()
    {
        // Given a 1×3 game in which column's payoffs are 1, 3, 3
        var game = Bimatrix("one-row", new double[,] { { 0, 0, 0 } }, new double[,] { { 1, 3, 3 } }, ["U"], ["L", "C", "R"]);

        // When its equilibria are found
        var report = EquilibriumFinder.Find(game);

        // Then (U, C) and (U, R) are the extreme equilibria (every mixture of C and R is one too), flagged degenerate
        Assert.That(report.Equilibria.Select(e => e.PureProfile()), Is.EqualTo(new[] { new[] { 0, 1 }, new[] { 0, 2 } }));
        Assert.That(report.Warnings[0], Is.EqualTo("degenerate: column has 2 best responses ('C', 'R') to row playing 'U'"));
    }

    [Test]
    public void Find_ManyTies_ShowsThreeWitnessesAndCountsTheRest()
    {
        // Given the all-zero 3×3 game: each of the 6 pure strategies has 3 best responses
        var report = EquilibriumFinder.Find(Bimatrix("zero", new double[3, 3], new double[3, 3]));

        // When reported / Then three witnesses are spelled out and the other three counted; all nine profiles are listed
        Assert.That(report.Warnings.Count(w => w.StartsWith("degenerate: ") && w.Contains("best responses")), Is.EqualTo(3));
        Assert.That(report.Warnings, Has.Some.EqualTo("degenerate: 3 more such ties"));
        Assert.That(report.Equilibria, Has.Length.EqualTo(9));
        Assert.That(report.Equilibria.All(e => e.IsPure), Is.True);
    }

    [Test]
    public void Find_ThreePlayers_PureOnlyWithWarning()
    {
        // Given the three-player majority game (AAA and BBB are its pure equilibria; a player facing a split is indifferent)
        var game = FromFunction("majority", [2, 2, 2], (i, p) => p.Count(a => a == p[i]) >= 2 ? 1 : 0);

        // When its equilibria are found
        var report = EquilibriumFinder.Find(game);

        // Then only pure equilibria are listed, the report says mixed ones were not searched, and the ties are named
        Assert.That(report.MixedSearched, Is.False);
        Assert.That(report.Equilibria.Select(e => e.PureProfile()), Is.EqualTo(new[] { new[] { 0, 0, 0 }, new[] { 1, 1, 1 } }));
        Assert.That(report.Equilibria.Select(e => e.Payoffs.ToArray()), Is.EqualTo(new[] { new[] { 1.0, 1, 1 }, new[] { 1.0, 1, 1 } }));
        Assert.That(report.Degenerate, Is.True);
        Assert.That(report.Warnings[0], Is.EqualTo("degenerate: p0 has 2 best responses ('a00', 'a01') to p1 playing 'a10', p2 playing 'a21'"));
        Assert.That(report.Warnings, Has.Some.Contains("more than two players are not enumerated"));
    }

    [Test]
    public void Find_JordansGame_WarnsThatEveryEquilibriumIsMixed()
    {
        // Given Jordan's (1993) three-player game, which has no pure equilibrium
        var game = FromFunction("jordan", [2, 2, 2], (i, p) => i switch
        {
            0 => p[0] == p[1] ? 1 : -1,
            1 => p[1] == p[2] ? 1 : -1,
            _ => p[2] != p[0] ? 1 : -1,
        });

        // When its equilibria are found
        var report = EquilibriumFinder.Find(game);

        // Then none is listed and the warnings say why, with no degeneracy (no best-response ties)
        Assert.That(report.Equilibria, Is.Empty);
        Assert.That(report.Degenerate, Is.False);
        Assert.That(report.Warnings, Is.EqualTo(new[]
        {
            "mixed equilibria of games with more than two players are not enumerated: only pure equilibria are listed",
            "no pure equilibrium: every equilibrium of this game is mixed (one exists, by Nash's theorem)",
        }));
    }

    [Test]
    public void Find_OnePlayer_ArgmaxAndTiesWarned()
    {
        // Given decision problems with payoffs (1, 3, 2) and (3, 1, 3)
        var strict = EquilibriumFinder.Find(FromFunction("strict", [3], (_, p) => new[] { 1.0, 3, 2 }[p[0]]));
        var tied = EquilibriumFinder.Find(FromFunction("tied", [3], (_, p) => new[] { 3.0, 1, 3 }[p[0]]));

        // When solved / Then the first has the single optimum a01 and no warning; the second both optima, flagged
        Assert.That(strict.Equilibria.Select(e => e.PureProfile()), Is.EqualTo(new[] { new[] { 1 } }));
        Assert.That(strict.Equilibria[0].Payoffs, Is.EqualTo(new[] { 3.0 }));
        Assert.That(strict.Degenerate, Is.False);
        Assert.That(strict.Warnings, Is.Empty);
        Assert.That(tied.Equilibria.Select(e => e.PureProfile()), Is.EqualTo(new[] { new[] { 0 }, new[] { 2 } }));
        Assert.That(tied.Degenerate, Is.True);
        Assert.That(tied.Warnings, Is.EqualTo(new[]
        {
            "degenerate: p0 has 2 best responses ('a00', 'a02')",
            "several actions are optimal: every mixture of them is optimal too",
        }));
    }

    [Test]
    public void Find_TwoPlayerGameTooLargeForSupportEnumeration_FallsBackToPureWithWarning()
    {
        // Given a 13×13 coordination game: C(26, 13) − 1 ≈ 1.04e7 support pairs, above the limit
        var a = new double[13, 13];
        for (var i = 0; i < 13; i++) a[i, i] = 1 + i;
        var game = Bimatrix("big", a, a);

        // When its equilibria are found
        var report = EquilibriumFinder.Find(game);

        // Then the 13 diagonal profiles are listed, mixed ones were not searched, and the warning says why
        Assert.That(report.MixedSearched, Is.False);
        Assert.That(report.Equilibria, Has.Length.EqualTo(13));
        Assert.That(report.Warnings, Is.EqualTo(new[]
        {
            "mixed equilibria not searched: the 13×13 game has 1.04E+07 support pairs (limit 1E+06); only pure equilibria are listed",
        }));
    }

    [Test]
    public void SupportPairCount_IsTheBinomialMinusOne()
    {
        Assert.That(SupportEnumeration.SupportPairCount(Bimatrix("g", new double[2, 2], new double[2, 2])), Is.EqualTo(5));
        Assert.That(SupportEnumeration.SupportPairCount(Bimatrix("g", new double[3, 2], new double[3, 2])), Is.EqualTo(9));
        Assert.That(SupportEnumeration.SupportPairCount(Bimatrix("g", new double[4, 4], new double[4, 4])), Is.EqualTo(69));
    }

    [Test]
    public void SupportEnumeration_NotTwoPlayers_Throws()
    {
        var game = FromFunction("three", [2, 2, 2], (_, _) => 0);
        Assert.That(() => SupportEnumeration.Find(game), Throws.ArgumentException);
    }

    [Test]
    public void Find_SameGameTwice_GivesEqualReports()
    {
        // Given a game with pure and mixed equilibria / When solved twice / Then the equilibria are equal value by value
        var first = EquilibriumFinder.Find(TextbookGames.HawkDove()).Equilibria;
        var second = EquilibriumFinder.Find(TextbookGames.HawkDove()).Equilibria;
        Assert.That(second, Is.EqualTo(first));
        Assert.That(second.Select(e => e.GetHashCode()), Is.EqualTo(first.Select(e => e.GetHashCode())));
    }
}
