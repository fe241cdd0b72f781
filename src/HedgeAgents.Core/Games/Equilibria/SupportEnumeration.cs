using System.Collections.Immutable;
using System.Numerics;

namespace HedgeAgents.Core.Games.Equilibria;

/// <summary>Every Nash equilibrium of a two-player game by support enumeration (Nisan, Roughgarden, Tardos &amp;
/// Vazirani 2007, "Algorithmic Game Theory", ch. 3; as in nashpy's <c>support_enumeration</c>), and whether the game
/// is degenerate.</summary>
/// <remarks>
/// <para>For every pair of supports of equal size k, each player's indifference system is solved on its own: the
/// probabilities on the player's k actions that leave the opponent indifferent among the opponent's k actions. A
/// solution positive on its support, under which those k opponent actions are best responses, is kept. An equilibrium
/// is a pair of kept strategies each of whose support lies in the other's best responses. In a nondegenerate game the
/// pairs found are exactly those of textbook support enumeration (both strategies from the same support pair).</para>
/// <para>The kept strategies are the vertices of the players' best-response polytopes, and pairing them by best
/// responses is vertex enumeration (Avis, Rosenberg, Savani &amp; von Stengel 2010): in a degenerate game it still
/// yields every extreme equilibrium, including those whose supports differ in size, which textbook support enumeration
/// misses. Equilibria between the extreme ones (continua) are not listed. A kept strategy with more best responses
/// than its support size witnesses degeneracy, and every degenerate game has one, so the test is exact.</para>
/// <para>Singular systems are skipped: no equilibrium of a nondegenerate game has one, and every vertex of a degenerate
/// game is still reached through a nonsingular pair. Cost grows as C(m+n, m) systems of size up to min(m, n) + 1.</para>
/// <para>Tolerance: a probability must exceed it to count as positive, and a payoff difference counts when larger than
/// tolerance × max(1, |payoffs compared|).</para>
/// </remarks>
public static class SupportEnumeration
{
    /// <summary>The most actions a player may have (supports are held as 64-bit sets).</summary>
    public const int MaxActions = 64;

    /// <summary>All equilibria of a two-player game (pure first, then mixed), with degeneracy witnesses.</summary>
    public static SupportEnumerationResult Find(NormalFormGame game, double tolerance = 1e-9)
    {
        PayoffTolerance.Validate(tolerance);
        if (game.PlayerCount != 2) throw new ArgumentException($"support enumeration needs a two-player game; '{game.Name}' has {game.PlayerCount} players", nameof(game));
        var m = game.ActionCount(0);
        var n = game.ActionCount(1);
        if (m > MaxActions || n > MaxActions) throw new ArgumentException($"support enumeration handles at most {MaxActions} actions per player; '{game.Name}' is {m}×{n}", nameof(game));

        // Each side's strategies make the *other* player indifferent, so each is solved against the other's payoffs,
        // indexed [own action, other's action]. With the last player varying fastest, profile (r, c) is r·n + c.
        var columnPayoff = new double[m, n];
        var rowPayoff = new double[n, m];
        for (var r = 0; r < m; r++)
        for (var c = 0; c < n; c++)
        {
            columnPayoff[r, c] = game.Payoff(1, r * n + c);
            rowPayoff[c, r] = game.Payoff(0, r * n + c);
        }
        var rows = Vertices(columnPayoff, tolerance);
        var columns = Vertices(rowPayoff, tolerance);

        var equilibria = new List<Equilibrium>();
        foreach (var x in rows)
        foreach (var y in columns)
            if ((x.Support & ~y.BestResponses) == 0 && (y.Support & ~x.BestResponses) == 0)
                equilibria.Add(Equilibrium.Mixed(game, [x.Strategy, y.Strategy]));

        var witnesses = rows.Where(v => v.IsDegenerate).Select(v => Witness(game, 0, v))
            .Concat(columns.Where(v => v.IsDegenerate).Select(v => Witness(game, 1, v)));
        return new SupportEnumerationResult(EquilibriumOrder.Canonical(game, equilibria), [.. witnesses]);
    }

    /// <summary>How many support pairs of equal size a two-player game has, Σₖ C(m,k)·C(n,k) = C(m+n, m) − 1: the number
    /// of indifference systems solved for each player.</summary>
    public static double SupportPairCount(NormalFormGame game)
    {
        if (game.PlayerCount != 2) throw new ArgumentException("support pairs are defined for two-player games", nameof(game));
        int m = game.ActionCount(0), n = game.ActionCount(1);
        var count = 1.0;
        for (var i = 1; i <= Math.Min(m, n); i++) count = count * (m + n - Math.Min(m, n) + i) / i;
        return Math.Round(count) - 1;
    }

    /// <summary>A strategy kept from an indifference system: its probabilities, its support, and the opponent's best
    /// responses to it (as sets of action numbers).</summary>
    /// <remarks>A class, not a record: a working value of the search, never compared (<see cref="IsKnown"/> compares
    /// strategies within a tolerance), so a record's value equality over the array would only mislead.</remarks>
    private sealed class Vertex(double[] strategy, ulong support, ulong bestResponses)
    {
        public double[] Strategy { get; } = strategy;

        public ulong Support { get; } = support;

        public ulong BestResponses { get; } = bestResponses;

        public bool IsDegenerate => BitOperations.PopCount(BestResponses) > BitOperations.PopCount(Support);
    }

    /// <summary>The strategies of the player whose actions are the rows of <paramref name="otherPayoff"/> that make the
    /// other player (its columns) indifferent among an equal number of best responses.</summary>
    private static List<Vertex> Vertices(double[,] otherPayoff, double tolerance)
    {
        var own = otherPayoff.GetLength(0);
        var other = otherPayoff.GetLength(1);
        var vertices = new List<Vertex>();
        var payoffs = new double[other];
        for (var k = 1; k <= Math.Min(own, other); k++)
        {
            var size = k + 1;
            var matrix = new double[size * size];
            var solution = new double[size];
            var support = FirstSubset(k);
            do
            {
                var supportSet = SetOf(support);
                var firstWithThisSupport = vertices.Count;
                var indifferent = FirstSubset(k);
                do
                {
                    // Unknowns: p on the support and the other player's payoff v. Σₛ pₛ·payoff(supportₛ, t) − v = 0 for each
                    // t in the indifference set, and Σₛ pₛ = 1.
                    for (var r = 0; r < k; r++)
                    {
                        for (var s = 0; s < k; s++) matrix[r * size + s] = otherPayoff[support[s], indifferent[r]];
                        matrix[r * size + k] = -1.0;
                        solution[r] = 0.0;
                    }
                    for (var s = 0; s < k; s++) matrix[k * size + s] = 1.0;
                    matrix[k * size + k] = 0.0;
                    solution[k] = 1.0;
                    if (!LinearSystem.TrySolve(matrix, solution, size)) continue;
                    var positive = true;
                    for (var s = 0; s < k && positive; s++) positive = solution[s] > tolerance;
                    if (!positive) continue;

                    var strategy = new double[own];
                    for (var s = 0; s < k; s++) strategy[support[s]] = solution[s];
                    strategy = Equilibrium.Snap(strategy);
                    var best = BestResponses(otherPayoff, strategy, support, payoffs, tolerance);
                    if ((SetOf(indifferent) & ~best) != 0) continue;
                    if (IsKnown(vertices, firstWithThisSupport, strategy)) continue;
                    vertices.Add(new Vertex(strategy, supportSet, best));
                } while (NextSubset(indifferent, other));
            } while (NextSubset(support, own));
        }
        return vertices;
    }

    private static ulong BestResponses(double[,] otherPayoff, double[] strategy, int[] support, double[] payoffs, double tolerance)
    {
        var max = double.NegativeInfinity;
        for (var t = 0; t < payoffs.Length; t++)
        {
            var sum = 0.0;
            foreach (var s in support) sum += strategy[s] * otherPayoff[s, t];
            payoffs[t] = sum;
            max = Math.Max(max, sum);
        }
        var set = 0UL;
        for (var t = 0; t < payoffs.Length; t++)
            if (!PayoffTolerance.Gains(payoffs[t], max, tolerance)) set |= 1UL << t;
        return set;
    }

    /// <summary>Whether a strategy was already kept (a degenerate game reaches one vertex from several indifference
    /// sets; all of them come straight after the first, as the support is the outer loop).</summary>
    private static bool IsKnown(List<Vertex> vertices, int from, double[] strategy)
    {
        for (var v = from; v < vertices.Count; v++)
        {
            var same = true;
            for (var a = 0; a < strategy.Length && same; a++)
                same = Math.Abs(vertices[v].Strategy[a] - strategy[a]) <= EquilibriumOrder.DuplicateDistance;
            if (same) return true;
        }
        return false;
    }

    private static string Witness(NormalFormGame game, int player, Vertex v)
    {
        var responder = 1 - player;
        var best = Enumerable.Range(0, game.ActionCount(responder)).Where(a => (v.BestResponses >> a & 1) != 0);
        var context = $"{game.Players[player]} playing {StrategyText.Strategy(game.Actions[player], v.Strategy)}";
        return StrategyText.Ties(game.Players[responder], game.Actions[responder], best, context);
    }

    private static int[] FirstSubset(int k) => [.. Enumerable.Range(0, k)];

    /// <summary>Advances a k-subset of {0, …, n−1} (ascending) to the next in lexicographic order; false after the last.</summary>
    private static bool NextSubset(int[] subset, int n)
    {
        var k = subset.Length;
        var i = k - 1;
        while (i >= 0 && subset[i] == n - k + i) i--;
        if (i < 0) return false;
        subset[i]++;
        for (var j = i + 1; j < k; j++) subset[j] = subset[j - 1] + 1;
        return true;
    }

    private static ulong SetOf(int[] actions)
    {
        var set = 0UL;
        foreach (var a in actions) set |= 1UL << a;
        return set;
    }
}
