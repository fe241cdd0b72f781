using HedgeAgents.Core.Games;
using HedgeAgents.Core.Games.Equilibria;
using static HedgeAgents.Core.Tests.Games.Equilibria.EquilibriumChecks;

namespace HedgeAgents.Core.Tests.Games.Equilibria;

/// <summary>Invariants of support enumeration on seeded random two-player games.</summary>
public class SupportEnumerationPropertyTests
{
    private static IEnumerable<NormalFormGame> RandomBimatrices(ulong seed, int count, int levels = 0)
    {
        var rng = new HedgeAgents.Core.Random.Xoshiro256StarStar(seed);
        for (var g = 0; g < count; g++)
            yield return RandomGame([2 + rng.NextInt(3), 2 + rng.NextInt(3)], seed * 10_000 + (ulong)g, levels);
    }

    [Test]
    public void Find_200RandomGames_EveryEquilibriumIsNashAndTheCountIsOdd()
    {
        // Given 200 games of sizes 2×2 to 4×4 with uniform payoffs (nondegenerate with probability 1)
        var mixed = 0;
        foreach (var game in RandomBimatrices(42, 200))
        {
            // When their equilibria are found
            var report = EquilibriumFinder.Find(game);
            var context = $"{game.Name} {game.ActionCount(0)}×{game.ActionCount(1)}";

            // Then the game is nondegenerate and, by Wilson's (1971) oddness theorem, has an odd number of equilibria
            Assert.That(report.Degenerate, Is.False, context);
            Assert.That(report.Equilibria.Length % 2, Is.EqualTo(1), context);

            // And every equilibrium is a pair of distributions from which no pure deviation gains more than 1e-7, with
            // the payoffs the strategies imply
            foreach (var e in report.Equilibria)
            {
                foreach (var s in e.Strategies)
                {
                    Assert.That(s, Has.All.GreaterThanOrEqualTo(0.0), context);
                    Assert.That(s.Sum(), Is.EqualTo(1.0).Within(1e-12), context);
                }
                Assert.That(Regret(game, e), Is.LessThanOrEqualTo(1e-7), $"{context}: {e.Describe(game)}");
                for (var i = 0; i < 2; i++)
                {
                    var value = Enumerable.Range(0, game.ActionCount(i)).Sum(a => e.Strategies[i][a] * ActionValue(game, i, a, [.. e.Strategies.Cast<IReadOnlyList<double>>()]));
                    Assert.That(e.Payoffs[i], Is.EqualTo(value).Within(1e-12), context);
                }
            }

            // And the pure ones come first and are exactly the brute-force pure equilibria
            var pure = report.Equilibria.TakeWhile(e => e.IsPure).Select(e => game.IndexOf(e.PureProfile()!)).ToList();
            Assert.That(pure, Is.EqualTo(BrutePure(game)), context);
            Assert.That(report.Equilibria.Skip(pure.Count).Any(e => e.IsPure), Is.False, context);
            mixed += report.Equilibria.Length - pure.Count;
        }
        Assert.That(mixed, Is.GreaterThan(40), "enough mixed equilibria to make the test meaningful");
    }

    [Test]
    public void Find_RandomGames_SwappingThePlayersSwapsTheEquilibria()
    {
        foreach (var game in RandomBimatrices(7, 100))
        {
            // Given a random game and the same game with the players' roles exchanged
            int m = game.ActionCount(0), n = game.ActionCount(1);
            var a = new double[n, m];
            var b = new double[n, m];
            for (var r = 0; r < m; r++)
            for (var c = 0; c < n; c++)
            {
                a[c, r] = game.Payoff(1, game.IndexOf([r, c]));
                b[c, r] = game.Payoff(0, game.IndexOf([r, c]));
            }
            var swapped = Bimatrix("swapped", a, b);

            // When both are solved
            var original = SupportEnumeration.Find(game).Equilibria;
            var mirrored = SupportEnumeration.Find(swapped).Equilibria;

            // Then each equilibrium of one is, with strategies exchanged, an equilibrium of the other
            Assert.That(mirrored, Has.Length.EqualTo(original.Length), game.Name);
            foreach (var e in original)
                Assert.That(mirrored.Any(f => f.Strategies[0].Zip(e.Strategies[1]).All(p => Math.Abs(p.First - p.Second) < 1e-9)
                                              && f.Strategies[1].Zip(e.Strategies[0]).All(p => Math.Abs(p.First - p.Second) < 1e-9)),
                    Is.True, $"{game.Name}: {e.Describe(game)}");
        }
    }

    [TestCase(3)]
    [TestCase(2)]
    public void Find_RandomGamesWithTies_ListsOnlyEquilibriaAndNeverMissesAPureOne(int levels)
    {
        var degenerate = 0;
        foreach (var game in RandomBimatrices(99 + (ulong)levels, 200, levels))
        {
            // Given a game with integer payoffs 0..levels−1 (often degenerate)
            // When its equilibria are found
            var report = EquilibriumFinder.Find(game);

            // Then each is an equilibrium, every pure equilibrium is there, and a tie in pure best responses (found
            // here by brute force) is always reported as degeneracy
            foreach (var e in report.Equilibria)
                Assert.That(Regret(game, e), Is.LessThanOrEqualTo(1e-9), $"{game.Name}: {e.Describe(game)}");
            Assert.That(report.Pure.Select(e => game.IndexOf(e.PureProfile()!)), Is.EqualTo(BrutePure(game)), game.Name);
            if (HasPureTie(game)) Assert.That(report.Degenerate, Is.True, game.Name);
            if (report.Degenerate) degenerate++;
            else Assert.That(report.Equilibria.Length % 2, Is.EqualTo(1), game.Name);
        }
        Assert.That(degenerate, Is.GreaterThan(50));
    }

    private static bool HasPureTie(NormalFormGame game)
    {
        int m = game.ActionCount(0), n = game.ActionCount(1);
        for (var c = 0; c < n; c++)
        {
            var column = Enumerable.Range(0, m).Select(r => game.Payoff(0, game.IndexOf([r, c]))).ToList();
            if (column.Count(v => v == column.Max()) > 1) return true;
        }
        for (var r = 0; r < m; r++)
        {
            var row = Enumerable.Range(0, n).Select(c => game.Payoff(1, game.IndexOf([r, c]))).ToList();
            if (row.Count(v => v == row.Max()) > 1) return true;
        }
        return false;
    }
}
