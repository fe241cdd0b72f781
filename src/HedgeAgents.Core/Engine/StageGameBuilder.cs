using HedgeAgents.Core.Insurance;
using HedgeAgents.Core.Games;

namespace HedgeAgents.Core.Engine;

/// <summary>Builds the stage game of the hedging model at a moment of a run: for every profile of the chosen
/// players' actions, each one's certainty-equivalent payoff at the stocks and closures as they stand.</summary>
/// <remarks>Weights come from <see cref="ProfileEngagement"/>, the routine the played rounds use, so the stage game
/// and the simulation cannot disagree about who engages whom.</remarks>
public static class StageGameBuilder
{
    /// <summary>The stage game over <paramref name="players"/> (actor indices); other choosers hold last round's action.</summary>
    public static NormalFormGame Build(CompiledModel m, RunState state, ActionScorer scorer, IReadOnlyList<int> players, int round, int maxProfiles,
        StageStocks stocks = StageStocks.Current)
    {
        if (players.Count == 0) throw new ArgumentException("the stage game needs at least one choosing actor");
        var count = 1L;
        foreach (var i in players) count *= m.Actions[i].Length;
        if (count > maxProfiles)
            throw new ArgumentException($"the stage game has {count} profiles (more than {maxProfiles}); vary fewer actors");
        var labels = players.Select(i => (IReadOnlyList<string>)m.ActionLabels[i]).ToArray();
        var names = players.Select(i => m.Parameters.Actors[i].Id).ToArray();
        var profile = new int[m.ActorCount];
        for (var i = 0; i < m.ActorCount; i++) profile[i] = m.Chooses(i) ? Math.Max(0, state.PreviousActions[i]) : -1;
        var weights = Enumerable.Range(0, m.ActorCount).Select(i => new double[m.Counterparties[i].Length]).ToArray();
        var scratch = new double[3 * Math.Max(1, m.MaxCounterparties)];
        var closed = new bool[m.Routes.Count];
        var payoffs = new double[count * players.Count];
        var own = new int[players.Count];
        var game = new NormalFormGame("stage", names, labels, payoffs);
        var sustained = stocks == StageStocks.Sustained ? SustainedStocks(m, players) : null;
        for (var index = 0; index < count; index++)
        {
            game.Decode(index, own);
            for (var k = 0; k < players.Count; k++) profile[players[k]] = own[k];
            ProfileEngagement.Engage(m, state, profile, weights, scratch, closed);
            for (var k = 0; k < players.Count; k++)
            {
                var i = players[k];
                scorer.Focus(m, i, round);
                var at = sustained is null ? state.Stocks[i] : sustained[k][own[k]];
                payoffs[index * players.Count + k] = scorer.ScoreIn(i, profile, weights, at);
            }
        }
        return new NormalFormGame($"stage game at round {round}", names, labels, payoffs);
    }

    // Per player and action, the stocks that holding the action sustains (as ActionScorer.Score evaluates it).
    private static double[][][] SustainedStocks(CompiledModel m, IReadOnlyList<int> players) =>
        [.. players.Select(i => m.Actions[i].Select(act =>
        {
            var h = Weights.InsuranceRate(m, act);
            return Enumerable.Range(0, 3)
                .Select(x => InsuranceDynamics.Stationary(m.Depreciation, m.Capacity[i], h, m.Split[x], m.Efficiency)).ToArray();
        }).ToArray())];
}
