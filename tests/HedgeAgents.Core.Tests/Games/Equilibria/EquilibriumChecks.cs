using HedgeAgents.Core.Games;
using HedgeAgents.Core.Games.Equilibria;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Tests.Games.Equilibria;

/// <summary>Games and checks shared by the equilibrium tests, written independently of the code under test (profiles
/// are built with IndexOf from explicit action arrays, never with WithAction).</summary>
internal static class EquilibriumChecks
{
    /// <summary>A two-player game with actions named r0, r1, … and c0, c1, … unless given.</summary>
    public static NormalFormGame Bimatrix(string name, double[,] a, double[,] b, string[]? rows = null, string[]? columns = null) =>
        NormalFormGame.FromMatrices(name, "row", "column",
            rows ?? [.. Enumerable.Range(0, a.GetLength(0)).Select(i => $"r{i}")],
            columns ?? [.. Enumerable.Range(0, a.GetLength(1)).Select(j => $"c{j}")], a, b);

    /// <summary>A game whose payoffs are given by a function of (player, profile).</summary>
    public static NormalFormGame FromFunction(string name, int[] actionCounts, Func<int, int[], double> payoff)
    {
        var n = actionCounts.Length;
        var players = Enumerable.Range(0, n).Select(i => $"p{i}").ToArray();
        var actions = actionCounts.Select((k, i) => (IReadOnlyList<string>)[.. Enumerable.Range(0, k).Select(a => $"a{i}{a}")]).ToArray();
        var total = actionCounts.Aggregate(1, (x, y) => x * y);
        var payoffs = new double[total * n];
        var profile = new int[n];
        for (var index = 0; index < total; index++)
        {
            // Mixed radix, last player fastest, decoded here by hand.
            var rest = index;
            for (var i = n - 1; i >= 0; i--) { profile[i] = rest % actionCounts[i]; rest /= actionCounts[i]; }
            for (var i = 0; i < n; i++) payoffs[index * n + i] = payoff(i, profile);
        }
        return new NormalFormGame(name, players, actions, payoffs);
    }

    /// <summary>A random game with uniform payoffs in [0, 1), or integers 0..levels−1 when levels &gt; 0 (ties likely).</summary>
    public static NormalFormGame RandomGame(int[] actionCounts, ulong seed, int levels = 0)
    {
        var rng = new Xoshiro256StarStar(seed);
        return FromFunction($"random-{seed}", actionCounts, (_, _) => levels > 0 ? rng.NextInt(levels) : rng.NextDouble());
    }

    /// <summary>A player's expected payoff from a pure action against the others' mixed strategies, by brute force.</summary>
    public static double ActionValue(NormalFormGame game, int player, int action, IReadOnlyList<IReadOnlyList<double>> strategies)
    {
        var n = game.PlayerCount;
        var profile = new int[n];
        var sum = 0.0;
        void Visit(int i, double p)
        {
            if (p == 0) return;
            if (i == n) { sum += p * game.Payoff(player, game.IndexOf(profile)); return; }
            if (i == player) { profile[i] = action; Visit(i + 1, p); return; }
            for (var a = 0; a < game.ActionCount(i); a++) { profile[i] = a; Visit(i + 1, p * strategies[i][a]); }
        }
        Visit(0, 1.0);
        return sum;
    }

    /// <summary>The largest gain any player has from switching to a pure action.</summary>
    public static double Regret(NormalFormGame game, Equilibrium e)
    {
        var worst = double.NegativeInfinity;
        for (var i = 0; i < game.PlayerCount; i++)
        {
            var values = Enumerable.Range(0, game.ActionCount(i)).Select(a => ActionValue(game, i, a, e.Strategies.Cast<IReadOnlyList<double>>().ToList())).ToList();
            var current = Enumerable.Range(0, values.Count).Sum(a => e.Strategies[i][a] * values[a]);
            worst = Math.Max(worst, values.Max() - current);
        }
        return worst;
    }

    /// <summary>Pure equilibria by brute force: decode each profile into an array, try every other action.</summary>
    public static List<int> BrutePure(NormalFormGame game, double tolerance = 1e-9)
    {
        var result = new List<int>();
        var profile = new int[game.PlayerCount];
        for (var index = 0; index < game.ProfileCount; index++)
        {
            game.Decode(index, profile);
            var stable = true;
            for (var i = 0; i < game.PlayerCount; i++)
            {
                var own = profile[i];
                var u = game.Payoff(i, index);
                for (var a = 0; a < game.ActionCount(i); a++)
                {
                    profile[i] = a;
                    var v = game.Payoff(i, game.IndexOf(profile));
                    if (v - u > tolerance * Math.Max(1, Math.Max(Math.Abs(u), Math.Abs(v)))) stable = false;
                }
                profile[i] = own;
            }
            if (stable) result.Add(index);
        }
        return result;
    }

    /// <summary>Asserts that the equilibria are exactly the expected ones, in order, to within 1e-9.</summary>
    public static void AssertStrategies(IReadOnlyList<Equilibrium> actual, double[][][] expected, string context = "")
    {
        var text = string.Join(" | ", actual.Select(e => string.Join(" ; ", e.Strategies.Select(s => string.Join(",", s.Select(p => p.ToString("0.######")))))));
        Assert.That(actual, Has.Count.EqualTo(expected.Length), $"{context} found: {text}");
        for (var k = 0; k < expected.Length; k++)
        for (var i = 0; i < expected[k].Length; i++)
            Assert.That(actual[k].Strategies[i], Is.EqualTo(expected[k][i]).Within(1e-9).AsCollection, $"{context} equilibrium {k}, player {i}; found: {text}");
    }

    public static double[] V(params double[] p) => p;

    public static double[][] Eq(params double[][] strategies) => strategies;
}
