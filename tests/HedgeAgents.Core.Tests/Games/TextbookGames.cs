using HedgeAgents.Core.Games;

namespace HedgeAgents.Core.Tests.Games;

/// <summary>The textbook games the learning rules are checked on (payoffs as in Osborne 2004 and Fudenberg &amp; Levine 1998).</summary>
internal static class TextbookGames
{
    private static NormalFormGame Two(string name, string[] actions, double[,] a, double[,] b) =>
        NormalFormGame.FromMatrices(name, "row", "column", actions, actions, a, b);

    /// <summary>Matching pennies: the row player wins on a match.</summary>
    public static NormalFormGame MatchingPennies() =>
        Two("matching-pennies", ["heads", "tails"], new double[,] { { 1, -1 }, { -1, 1 } }, new double[,] { { -1, 1 }, { 1, -1 } });

    /// <summary>Rock–paper–scissors, win 1, loss −1; <paramref name="labels"/> renames the three actions.</summary>
    public static NormalFormGame RockPaperScissors(string[]? labels = null)
    {
        var a = new double[,] { { 0, -1, 1 }, { 1, 0, -1 }, { -1, 1, 0 } };
        var b = new double[3, 3];
        for (var r = 0; r < 3; r++)
        for (var c = 0; c < 3; c++) b[r, c] = -a[r, c];
        return Two("rock-paper-scissors", labels ?? ["rock", "paper", "scissors"], a, b);
    }

    /// <summary>Prisoner's dilemma with R = 3, T = 5, S = 0, P = 1 (Axelrod 1984).</summary>
    public static NormalFormGame PrisonersDilemma() =>
        Two("prisoners-dilemma", ["cooperate", "defect"], new double[,] { { 3, 0 }, { 5, 1 } }, new double[,] { { 3, 5 }, { 0, 1 } });

    /// <summary>A pure coordination game: 1 on the diagonal, 0 off it.</summary>
    public static NormalFormGame PureCoordination() =>
        Two("coordination", ["left", "right"], new double[,] { { 1, 0 }, { 0, 1 } }, new double[,] { { 1, 0 }, { 0, 1 } });

    /// <summary>Hawk–dove with value V and cost C: the symmetric mixed equilibrium plays hawk with probability V/C.</summary>
    public static NormalFormGame HawkDove(double v = 2, double c = 3) =>
        Two("hawk-dove", ["hawk", "dove"], new double[,] { { (v - c) / 2, v }, { 0, v / 2 } }, new double[,] { { (v - c) / 2, 0 }, { v, v / 2 } });

    /// <summary>An asymmetric 3×3 game with a unique strict pure equilibrium (middle, right), reached by iterated
    /// dominance: column's left is dominated, then row's top, then column's centre, then row's top and bottom.</summary>
    public static NormalFormGame UniqueStrict() => NormalFormGame.FromMatrices("unique-strict", "row", "column",
        ["top", "middle", "bottom"], ["left", "centre", "right"],
        new double[,] { { 4, 1, 0 }, { 5, 2, 3 }, { 1, 3, 2 } },
        new double[,] { { 0, 3, 2 }, { 1, 2, 4 }, { 0, 1, 4 } });
}
