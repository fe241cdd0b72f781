using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Games;

namespace HedgeAgents.Core.Tests.Engine;

/// <summary>The stage game of the hedging model: what theory predicts at a moment of a run, beside what learning did.</summary>
public class StageGameTests
{
    private static readonly double[] Equal = [0.3, 0.3, 0.3, 0.3, 0.3, 0.3];

    /// <summary>Pure profiles where no player gains more than a rounding error by deviating alone.</summary>
    private static List<int[]> PureNash(NormalFormGame g)
    {
        var found = new List<int[]>();
        var profile = new int[g.PlayerCount];
        for (var index = 0; index < g.ProfileCount; index++)
        {
            var stable = true;
            for (var i = 0; i < g.PlayerCount && stable; i++)
            {
                var u = g.Payoff(i, index);
                for (var a = 0; a < g.ActionCount(i) && stable; a++)
                    stable = g.Payoff(i, g.WithAction(index, i, a)) <= u + 1e-12 * Math.Max(1, Math.Abs(u));
            }
            if (!stable) continue;
            g.Decode(index, profile);
            found.Add((int[])profile.Clone());
        }
        return found;
    }

    [Test]
    public void StageGame_TurbulentWorld_EveryPureEquilibriumHasMidHedgingAndBestResponsePlaysIt()
    {
        // Given the turbulent settings of MODEL.md property 4 and a best-responding MID
        var p = World.Build(Equal, sigma: 0.2, hazard: 0.3, rivalry: 0.6, learning: World.Rule("best-response"));
        var sim = new Simulation(World.Spec(p, rounds: 200, burnIn: 50), 7);

        // When the stage game is built at round 150 with every choosing actor's actions varying
        var (game, played) = sim.StageGame(150);
        var mid = game.Players.IndexOf("MID");
        var equilibria = PureNash(game);
        TestContext.Out.WriteLine($"{game.ProfileCount} profiles; {equilibria.Count} pure equilibria: " +
            string.Join(" | ", equilibria.Select(e => string.Join(",", e.Select((a, i) => game.Actions[i][a])))));

        // Then it has pure equilibria, MID hedges in every one, and the best responder's play at that round is hedging
        Assert.That(equilibria, Is.Not.Empty);
        Assert.That(equilibria.Select(e => game.Actions[mid][e[mid]]), Has.All.EqualTo("hedging"));
        Assert.That(game.Actions[mid][played[mid]], Is.EqualTo("hedging"));
    }

    [Test]
    public void StageGame_PayoffOfPlayedProfile_IsTheScoreTheLearnerSaw()
    {
        // Given a run in which only MID varies and everyone else holds still
        var p = World.Build(Equal, sigma: 0.2, hazard: 0.3, rivalry: 0.6, learning: World.Rule("best-response"));
        var sim = new Simulation(World.Spec(p, rounds: 100, burnIn: 0), 3);

        // When the one-player stage game (MID's decision problem) is built at round 60
        var (game, played) = sim.StageGame(60, ["MID"]);

        // Then it has one player with ten actions, and the action MID played is the argmax of its payoffs
        Assert.That(game.PlayerCount, Is.EqualTo(1));
        Assert.That(game.ActionCount(0), Is.EqualTo(10));
        var best = Enumerable.Range(0, 10).MaxBy(a => game.Payoff(0, a));
        Assert.That(game.Actions[0][played[0]], Is.EqualTo(game.Actions[0][best]));
    }

    [TestCase(20)]
    [TestCase(75)]
    [TestCase(140)]
    public void StageGame_SustainedStocks_BestResponderPlaysTheArgmaxOfItsRow(int round)
    {
        // Given a best responder (no inertia, no noise) among fixed great powers, in calm and in turbulent shocks
        var p = World.Build([0.5, 0.3, 0.2, 0.1], sigma: 0.2, hazard: round > 70 ? 0.3 : 0.02, rivalry: 0.6,
            learning: World.Rule("best-response"));
        var sim = new Simulation(World.Spec(p, rounds: 150, burnIn: 0), 11);

        // When MID's decision problem at that round is scored at the stocks each action sustains
        var (game, played) = sim.StageGame(round, ["MID"], stocks: StageStocks.Sustained);

        // Then what MID played is the argmax: the stage game and the learner evaluate actions alike
        var best = Enumerable.Range(0, game.ActionCount(0)).MaxBy(a => game.Payoff(0, a));
        Assert.That(game.Actions[0][played[0]], Is.EqualTo(game.Actions[0][best]));
    }

    [Test]
    public void StageGame_RoundAlreadyPlayed_Throws()
    {
        // Given a run whose stage game at round 10 was taken
        var p = World.Build(Equal, sigma: 0.2, hazard: 0.3, rivalry: 0.6);
        var sim = new Simulation(World.Spec(p, rounds: 50, burnIn: 0), 3);
        sim.StageGame(10, ["MID"]);

        // When an earlier round is asked for / Then it is refused (a run cannot go back)
        Assert.Throws<InvalidOperationException>(() => sim.StageGame(5, ["MID"]));
    }
}
