using HedgeAgents.Core.Learning;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Tests.Learning;

/// <summary>A decision context with given scores: what a learner sees in a small game.</summary>
internal sealed class StubContext(int actions) : IDecisionContext
{
    public double[] Scores { get; set; } = new double[actions];

    public int Round { get; set; }

    public int ActionCount => actions;

    public int LastAction { get; set; } = -1;

    public double Score(int action) => Scores[action];

    public double ScoreOverHorizon(int action, int horizon) => Scores[action];
}

/// <summary>Plays learning rules on small games, outside the model.</summary>
internal static class GameHarness
{
    public static readonly string[] SixLabels =
        ["balancing:A", "balancing:B", "bandwagoning:A", "bandwagoning:B", "equidistance", "hedging"];

    public static ILearningRule Create(string rule, IReadOnlyList<string> labels, params (string Key, string Value)[] options) =>
        LearningRules.Registry.Get(rule).Create(World.Rule(rule, options), labels);

    /// <summary>One learner against a fixed payoff vector plus N(0, noise²) noise from its own stream; returns its choices.</summary>
    public static int[] PlayBandit(ILearningRule rule, LearnerState state, double[] payoffs, int rounds, ref Xoshiro256StarStar rng,
        ref Xoshiro256StarStar environment, StubContext context, double noise = 0.0, Action<int>? afterRound = null)
    {
        var choices = new int[rounds];
        var cf = new double[payoffs.Length];
        context.Scores = payoffs;
        for (var t = 0; t < rounds; t++)
        {
            context.Round++;
            var x = rule.Choose(state, context, ref rng);
            choices[t] = x;
            environment.NextNormalPair(out var z, out _);
            for (var k = 0; k < payoffs.Length; k++) cf[k] = payoffs[k] + noise * z;
            rule.Observe(state, new Outcome(context.Round, x, cf[x], rule.NeedsCounterfactuals ? cf : ReadOnlySpan<double>.Empty));
            context.LastAction = x;
            afterRound?.Invoke(t);
        }
        return choices;
    }

    /// <summary>Two learners in a repeated 2×2 game: each scores its actions against the other's last action.</summary>
    public static (int[] Row, int[] Column) PlayMatrix(ILearningRule row, ILearningRule column, double[,] rowPayoff, double[,] columnPayoff,
        int rounds, ulong seed)
    {
        var rs = row.CreateState();
        var cs = column.CreateState();
        var rRng = new Xoshiro256StarStar(SeedDerivation.StreamSeed(seed, 0));
        var cRng = new Xoshiro256StarStar(SeedDerivation.StreamSeed(seed, 1));
        var rc = new StubContext(2);
        var cc = new StubContext(2);
        var rows = new int[rounds];
        var cols = new int[rounds];
        for (var t = 0; t < rounds; t++)
        {
            rc.Round = cc.Round = t;
            var lastC = t > 0 ? cols[t - 1] : 0;
            var lastR = t > 0 ? rows[t - 1] : 0;
            rc.Scores = [rowPayoff[0, lastC], rowPayoff[1, lastC]];
            cc.Scores = [columnPayoff[lastR, 0], columnPayoff[lastR, 1]];
            var r = row.Choose(rs, rc, ref rRng);
            var c = column.Choose(cs, cc, ref cRng);
            rows[t] = r;
            cols[t] = c;
            row.Observe(rs, new Outcome(t, r, rowPayoff[r, c], row.NeedsCounterfactuals ? [rowPayoff[0, c], rowPayoff[1, c]] : ReadOnlySpan<double>.Empty));
            column.Observe(cs, new Outcome(t, c, columnPayoff[r, c], column.NeedsCounterfactuals ? [columnPayoff[r, 0], columnPayoff[r, 1]] : ReadOnlySpan<double>.Empty));
            rc.LastAction = r;
            cc.LastAction = c;
        }
        return (rows, cols);
    }
}
