using HedgeAgents.Core.Games;
using HedgeAgents.Core.Learning;
using HedgeAgents.Core.Learning.Rules;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Tests.Games;

/// <summary>Plays registry rules on a normal-form game and judges where play settled.</summary>
internal static class GameLearning
{
    /// <summary>Every rule that learns (all but <c>fixed</c>).</summary>
    public static IEnumerable<string> LearningRuleNames => LearningRules.Registry.Names.Where(n => n != "fixed");

    public static GamePlayResult Play(NormalFormGame game, string rule, int rounds, ulong seed, params (string Key, string Value)[] options)
    {
        var spec = new LearningSpec(rule, System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty);
        foreach (var (k, v) in options) spec = spec.With(k, v);
        var rules = Enumerable.Range(0, game.PlayerCount)
            .Select(i => LearningRules.Registry.Get(rule).Create(spec, game.Actions[i])).ToArray();
        return new GamePlay(game, rules).Run(rounds, seed);
    }

    /// <summary>How often play must sit on the equilibrium profile in the tail to count as settled there: 0.9 for
    /// every rule but Roth–Erev. Its default experimentation (ε = 0.2 of every reinforcement spread to the other
    /// actions) keeps it mixing by design, so it must come within <see cref="RothErevTolerance"/> of the frequency
    /// its mean-field rest point predicts (<see cref="RothErevRestPoint"/>).</summary>
    public static double SettleThreshold(string rule, NormalFormGame game, params int[] equilibrium) =>
        rule == RothErevRule.RuleName ? RothErevRestPoint(game, equilibrium) - RothErevTolerance : 0.9;

    /// <summary>How far below its mean-field rest point Roth–Erev's tail frequency may fall: the propensities
    /// forget φ = 0.1 a round, a memory of about ten rounds, so the tail frequency of 2000 rounds wanders by a few
    /// hundredths around the rest point (seen: 0.502–0.527 against 0.518 in the prisoner's dilemma, 0.402–0.487
    /// against 0.457 in the unique-strict game).</summary>
    public const double RothErevTolerance = 0.07;

    /// <summary>The frequency of a pure profile at the rest point of Roth–Erev's mean-field dynamics in a two-player
    /// game, at the rule's declared defaults: each player's propensities settle at their expected reinforcement
    /// over φ, so the shares solve x_j = E[inc_j] / Σ E[inc], with the chosen action reinforced by (1 − ε)·R and
    /// each other by ε·R/(n − 1), R the payoff's position in the player's payoff range. Iterated from uniform play.</summary>
    public static double RothErevRestPoint(NormalFormGame game, int[] profile)
    {
        var epsilon = RothErevRule.Experimentation.DefaultValue;
        var x = Enumerable.Range(0, 2).Select(i => Enumerable.Repeat(1.0 / game.ActionCount(i), game.ActionCount(i)).ToArray()).ToArray();
        var range = Enumerable.Range(0, 2).Select(i =>
        {
            var all = Enumerable.Range(0, game.ProfileCount).Select(k => game.Payoff(i, k)).ToArray();
            return (Min: all.Min(), Width: all.Max() - all.Min());
        }).ToArray();
        for (var iteration = 0; iteration < 10_000; iteration++)
        {
            var next = new double[2][];
            for (var i = 0; i < 2; i++)
            {
                var n = game.ActionCount(i);
                var other = x[1 - i];
                next[i] = new double[n];
                for (var a = 0; a < n; a++)
                {
                    var reinforcement = 0.0;
                    for (var b = 0; b < other.Length; b++)
                    {
                        var payoff = game.Payoff(i, i == 0 ? [a, b] : [b, a]);
                        reinforcement += other[b] * (payoff - range[i].Min) / range[i].Width;
                    }
                    for (var j = 0; j < n; j++) next[i][j] += x[i][a] * reinforcement * (j == a ? 1 - epsilon : epsilon / (n - 1));
                }
                var total = next[i].Sum();
                for (var j = 0; j < n; j++) next[i][j] /= total;
            }
            x = next;
        }
        return x[0][profile[0]] * x[1][profile[1]];
    }

    /// <summary>The modal profile of the tail, as action labels.</summary>
    public static string[] ModalProfile(GamePlayResult result)
    {
        var (index, _) = result.ModalTailProfile();
        var profile = new int[result.Game.PlayerCount];
        result.Game.Decode(index, profile);
        return [.. profile.Select((a, i) => result.Game.Actions[i][a])];
    }

    public static string Describe(GamePlayResult r) =>
        $"modal tail profile ({string.Join(", ", ModalProfile(r))}) at {r.ModalTailProfile().Frequency:F3}; " +
        string.Join("; ", r.Players.Select(p => $"{p.Player} tail [{string.Join(" ", p.TailFrequency.Select(f => f.ToString("F3")))}]"));
}
