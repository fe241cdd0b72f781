using System.Collections.Immutable;
using HedgeAgents.Core.Learning;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Games;

/// <summary>Plays a normal-form game repeatedly with one learning rule per player: the same rules, contract and
/// counterfactuals as in the hedging model, on a game whose answers are known.</summary>
/// <remarks>In a symmetric game where every player uses the same population rule, the players can draw from one
/// shared population (the single-population setting of evolutionary game theory, in which hawk–dove settles at
/// V/C); otherwise each player has its own learner. Player i draws from stream i of the seed.</remarks>
public sealed class GamePlay
{
    private readonly NormalFormGame _game;
    private readonly ILearningRule[] _rules;

    /// <summary>Binds a game to one rule per player.</summary>
    public GamePlay(NormalFormGame game, IReadOnlyList<ILearningRule> rules, bool sharePopulation = true)
    {
        if (rules.Count != game.PlayerCount) throw new ArgumentException($"one rule per player is needed ({game.PlayerCount})");
        _game = game;
        _rules = [.. rules];
        SharedPopulation = sharePopulation && game.PlayerCount > 1 && game.IsSymmetric()
            && _rules.All(r => r.IsPopulation && r.Name == _rules[0].Name && r.ToString() == _rules[0].ToString());
    }

    /// <summary>Whether the players draw from one shared population.</summary>
    public bool SharedPopulation { get; }

    /// <summary>Plays <paramref name="rounds"/> rounds; the tail is the last <paramref name="tailRounds"/> (default: a tenth).</summary>
    public GamePlayResult Run(int rounds, ulong seed, IGameObserver? observer = null, int tailRounds = -1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rounds);
        var g = _game;
        var n = g.PlayerCount;
        var tail = tailRounds >= 0 ? Math.Min(tailRounds, rounds) : Math.Max(1, rounds / 10);
        if (rounds == 0) tail = 0;
        var states = new LearnerState[n];
        for (var i = 0; i < n; i++) states[i] = SharedPopulation && i > 0 ? states[0] : _rules[i].CreateState();
        var rngs = new Xoshiro256StarStar[n];
        for (var i = 0; i < n; i++) rngs[i] = new Xoshiro256StarStar(SeedDerivation.StreamSeed(seed, i));
        var last = new int[n];
        var contexts = Enumerable.Range(0, n).Select(i => new GameContext(g, i, last)).ToArray();
        var opponents = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Where(j => j != i).ToArray()).ToArray();
        var peers = Enumerable.Range(0, n)
            .Select(i => opponents[i].Where(j => g.Actions[j].SequenceEqual(g.Actions[i])).ToArray()).ToArray();
        var opponentActions = opponents.Select(o => new int[o.Length]).ToArray();
        var peerActions = peers.Select(p => new int[p.Length]).ToArray();
        var peerUtilities = peers.Select(p => new double[p.Length]).ToArray();
        var counterfactual = Enumerable.Range(0, n).Select(i => new double[g.ActionCount(i)]).ToArray();
        var actions = new int[n];
        var payoffs = new double[n];
        var counts = Enumerable.Range(0, n).Select(i => new double[g.ActionCount(i)]).ToArray();
        var tailCounts = Enumerable.Range(0, n).Select(i => new double[g.ActionCount(i)]).ToArray();
        var payoffSum = new double[n];
        var tailPayoffSum = new double[n];
        var profileCounts = new double[g.ProfileCount <= 1 << 20 ? g.ProfileCount : 0];

        for (var t = 0; t < rounds; t++)
        {
            for (var i = 0; i < n; i++)
            {
                contexts[i].Round = t;
                actions[i] = _rules[i].Choose(states[i], contexts[i], ref rngs[i]);
            }
            var index = g.IndexOf(actions);
            for (var i = 0; i < n; i++) payoffs[i] = g.Payoff(i, index);
            for (var i = 0; i < n; i++)
            {
                var cf = ReadOnlySpan<double>.Empty;
                if (_rules[i].NeedsCounterfactuals)
                {
                    for (var a = 0; a < counterfactual[i].Length; a++) counterfactual[i][a] = g.Payoff(i, g.WithAction(index, i, a));
                    cf = counterfactual[i];
                }
                for (var k = 0; k < opponents[i].Length; k++) opponentActions[i][k] = actions[opponents[i][k]];
                for (var k = 0; k < peers[i].Length; k++)
                {
                    peerActions[i][k] = actions[peers[i][k]];
                    peerUtilities[i][k] = payoffs[peers[i][k]];
                }
                _rules[i].Observe(states[i], new Outcome(t, actions[i], payoffs[i], cf, opponentActions[i], peerActions[i], peerUtilities[i]));
            }
            var inTail = t >= rounds - tail;
            for (var i = 0; i < n; i++)
            {
                counts[i][actions[i]]++;
                payoffSum[i] += payoffs[i];
                if (!inTail) continue;
                tailCounts[i][actions[i]]++;
                tailPayoffSum[i] += payoffs[i];
            }
            if (inTail && profileCounts.Length > 0) profileCounts[index]++;
            actions.CopyTo(last, 0);
            observer?.OnRound(t, actions, payoffs);
        }

        var records = ImmutableArray.CreateBuilder<PlayerRecord>(n);
        for (var i = 0; i < n; i++)
        {
            var mixed = new double[g.ActionCount(i)];
            var known = _rules[i].TryGetMixedStrategy(states[i], mixed);
            records.Add(new PlayerRecord(
                g.Players[i],
                _rules[i].ToString() ?? _rules[i].Name,
                [.. counts[i].Select(c => rounds > 0 ? c / rounds : 0.0)],
                [.. tailCounts[i].Select(c => tail > 0 ? c / tail : 0.0)],
                rounds > 0 ? payoffSum[i] / rounds : 0.0,
                tail > 0 ? tailPayoffSum[i] / tail : 0.0,
                known ? [.. mixed] : null));
        }
        return new GamePlayResult(g, rounds, tail, SharedPopulation, records.MoveToImmutable(),
            [.. profileCounts.Select(c => tail > 0 ? c / tail : 0.0)]);
    }
}
