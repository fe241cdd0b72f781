using HedgeAgents.Core.Games.Equilibria;
using static HedgeAgents.Core.Tests.Games.Equilibria.EquilibriumChecks;

namespace HedgeAgents.Core.Tests.Games.Equilibria;

/// <summary>Pure equilibria of n-player games, and the deviations that refute a profile.</summary>
public class PureEquilibriaTests
{
    [Test]
    public void Find_ThreePlayerMajorityGame_ReturnsTheTwoUnanimousProfiles()
    {
        // Given three players who each get 1 when in the majority (A or B) and 0 otherwise
        var game = FromFunction("majority", [2, 2, 2], (i, p) => p.Count(a => a == p[i]) >= 2 ? 1 : 0);

        // When its pure equilibria are found
        var found = PureEquilibria.Find(game);

        // Then they are AAA (index 0) and BBB (index 7): in a 2–1 split the lone player gains by joining
        Assert.That(found, Is.EqualTo(new[] { 0, 7 }));
    }

    [Test]
    public void Find_JordansGame_HasNoPureEquilibrium()
    {
        // Given Jordan's (1993) three-player cyclic game: 1 wants to match 2, 2 to match 3, 3 to mismatch 1
        var game = FromFunction("jordan", [2, 2, 2], (i, p) => i switch
        {
            0 => p[0] == p[1] ? 1 : -1,
            1 => p[1] == p[2] ? 1 : -1,
            _ => p[2] != p[0] ? 1 : -1,
        });

        // When its pure equilibria are found / Then there is none (its unique equilibrium is ½ each)
        Assert.That(PureEquilibria.Find(game), Is.Empty);
    }

    [Test]
    public void Find_OnePlayer_ReturnsTheArgmaxActions()
    {
        // Given a decision problem with payoffs 3, 1, 3 + 1e-12 (a rounding error apart) and 2
        var game = FromFunction("decision", [4], (_, p) => new[] { 3, 1, 3 + 1e-12, 2 }[p[0]]);

        // When its pure equilibria are found / Then both near-maxima are optimal under the default tolerance, only the
        // exact maximum under tolerance 0
        Assert.That(PureEquilibria.Find(game), Is.EqualTo(new[] { 0, 2 }));
        Assert.That(PureEquilibria.Find(game, 0), Is.EqualTo(new[] { 2 }));
    }

    [TestCase(0UL, 0)]
    [TestCase(1UL, 0)]
    [TestCase(2UL, 3)]
    [TestCase(3UL, 2)]
    public void Find_RandomGames_EqualsBruteForce(ulong seed, int levels)
    {
        // Given 100 random games of 1–4 players with 1–4 actions each (integer payoffs when levels > 0, so ties abound)
        var rng = new HedgeAgents.Core.Random.Xoshiro256StarStar(seed);
        var total = 0;
        for (var g = 0; g < 100; g++)
        {
            var counts = Enumerable.Range(0, 1 + rng.NextInt(4)).Select(_ => 1 + rng.NextInt(4)).ToArray();
            var game = RandomGame(counts, seed * 1000 + (ulong)g, levels);

            // When the pure equilibria are found
            var found = PureEquilibria.Find(game);

            // Then they are exactly the brute-force ones, and IsEquilibrium agrees profile by profile
            var brute = BrutePure(game);
            Assert.That(found, Is.EqualTo(brute), $"game {g}: [{string.Join(",", counts)}]");
            for (var index = 0; index < game.ProfileCount; index++)
                Assert.That(PureEquilibria.IsEquilibrium(game, index), Is.EqualTo(brute.Contains(index)));
            total += found.Length;
        }
        Assert.That(total, Is.GreaterThan(50), "the games should have equilibria to compare");
    }

    [Test]
    public void Find_FiftyThousandProfilesFivePlayers_MatchesTheCountingArgument()
    {
        // Given five players with 10, 10, 10, 10 and 5 actions (50 000 profiles), each paid the number of others who
        // chose the same action number. A player outside the largest group gains by joining it, unless it cannot: the
        // equilibria are the 5 unanimous profiles on actions 0–4 and the 5 × 5 profiles in which the first four agree on
        // an action 5–9, which the last player lacks (each of its 5 actions pays it 0).
        var game = FromFunction("crowd", [10, 10, 10, 10, 5], (i, p) => p.Count(a => a == p[i]) - 1);

        // When its pure equilibria are found (how fast is the benchmarks' business, not a test's: timings flake on
        // shared cores)
        var found = PureEquilibria.Find(game);

        // Then there are 5 + 5 × 5 = 30, the same as by brute force
        Assert.That(found, Has.Length.EqualTo(30));
        Assert.That(found, Is.EqualTo(BrutePure(game)));
    }

    [Test]
    public void BestDeviation_PrisonersDilemmaMutualCooperation_RowDefectsForTwo()
    {
        // Given the prisoner's dilemma (R = 3, T = 5) at (cooperate, cooperate)
        var game = TextbookGames.PrisonersDilemma();

        // When the deviations are computed
        var all = PureEquilibria.BestDeviations(game, 0);
        var best = PureEquilibria.BestDeviation(game, 0);

        // Then each player gains 2 by defecting; the tie goes to the row player; the description says so
        Assert.That(all, Is.EqualTo(new[] { new Deviation(0, 1, 2), new Deviation(1, 1, 2) }));
        Assert.That(best, Is.EqualTo(new Deviation(0, 1, 2)));
        Assert.That(best!.Value.Describe(game), Is.EqualTo("row gains 2 by switching to 'defect'"));
        Assert.That(PureEquilibria.IsEquilibrium(game, 0), Is.False);
    }

    [Test]
    public void BestDeviation_AtAnEquilibrium_IsNullAndEveryGainIsZeroAtTheCurrentAction()
    {
        // Given the prisoner's dilemma at (defect, defect), index 3
        var game = TextbookGames.PrisonersDilemma();

        // When the deviations are computed / Then nobody gains, and each player's best action is the one played
        Assert.That(PureEquilibria.BestDeviation(game, 3), Is.Null);
        Assert.That(PureEquilibria.BestDeviations(game, 3), Is.EqualTo(new[] { new Deviation(0, 1, 0), new Deviation(1, 1, 0) }));
    }

    [Test]
    public void BestDeviation_UniqueStrictAtTopLeft_ColumnGainsMost()
    {
        // Given the iterated-dominance game at (top, left): row would gain 1 (to middle), column 3 (to centre)
        var game = TextbookGames.UniqueStrict();

        // When the best deviation is computed / Then it is column's move to centre, gaining 3
        Assert.That(PureEquilibria.BestDeviations(game, 0), Is.EqualTo(new[] { new Deviation(0, 1, 1), new Deviation(1, 1, 3) }));
        Assert.That(PureEquilibria.BestDeviation(game, 0), Is.EqualTo(new Deviation(1, 1, 3)));
    }

    [Test]
    public void BestDeviation_GainWithinTolerance_DoesNotCount()
    {
        // Given a 2×1 game in which switching gains 1e-10 on payoffs of order 1
        var game = Bimatrix("tiny", new double[,] { { 1 }, { 1 + 1e-10 } }, new double[,] { { 0 }, { 0 } });

        // When profile (r0, c0) is examined / Then the raw gain is reported but does not count as a deviation
        Assert.That(PureEquilibria.BestDeviations(game, 0)[0].Action, Is.EqualTo(1));
        Assert.That(PureEquilibria.BestDeviation(game, 0), Is.Null);
        Assert.That(PureEquilibria.BestDeviation(game, 0, 1e-11), Is.EqualTo(new Deviation(0, 1, (1 + 1e-10) - 1)));
    }

    [Test]
    public void Tolerance_IsRelativeToThePayoffsCompared()
    {
        // Given a gain of 1e-4 on payoffs of 1e6 (relative 1e-10) and the same gain on payoffs of 1
        var large = Bimatrix("large", new double[,] { { 1e6 }, { 1e6 + 1e-4 } }, new double[,] { { 0 }, { 0 } });
        var small = Bimatrix("small", new double[,] { { 1 }, { 1 + 1e-4 } }, new double[,] { { 0 }, { 0 } });

        // When (r0, c0) is tested / Then it is an equilibrium only where the gain is small relative to the payoffs
        Assert.That(PureEquilibria.IsEquilibrium(large, 0), Is.True);
        Assert.That(PureEquilibria.IsEquilibrium(small, 0), Is.False);
    }

    [Test]
    public void Arguments_OutOfRange_Throw()
    {
        var game = TextbookGames.PrisonersDilemma();
        Assert.That(() => PureEquilibria.IsEquilibrium(game, 4), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => PureEquilibria.BestDeviations(game, -1), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => PureEquilibria.Find(game, -1e-9), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => PureEquilibria.Find(game, double.NaN), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
