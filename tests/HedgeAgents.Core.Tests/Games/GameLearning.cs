using HedgeAgents.Core.Games;
using HedgeAgents.Core.Learning;
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

    /// <summary>How often play must sit on one profile in the tail to count as settled there. Roth–Erev's default
    /// experimentation (ε = 0.2 of every reinforcement spread to the other actions) keeps its play near 1 − ε per
    /// player by design, so for it the profile need only be the most frequent one.</summary>
    public static double SettleThreshold(string rule) => rule == "roth-erev" ? 0.0 : 0.9;

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
