using System.Collections.Immutable;
using HedgeAgents.Core.Games;
using HedgeAgents.Core.Learning;
using HedgeAgents.Core.Learning.Rules;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Learning;

/// <summary>Binds learning rules to the players of a normal-form game from command-line words: <c>--rule R</c> for
/// everyone or <c>--rule PLAYER=R</c> for one, <c>--option key=value</c> for everyone or <c>PLAYER.key=value</c>.</summary>
public static class RuleBinding
{
    /// <summary>One learning spec per player, or every problem found (each names the argument and what is valid).</summary>
    public static (ImmutableArray<LearningSpec> Specs, ImmutableArray<string> Errors) Bind(
        NormalFormGame game, IReadOnlyList<string> rules, IReadOnlyList<string> options)
    {
        var errors = new List<string>();
        var names = game.Players;
        var chosen = new string?[game.PlayerCount];
        string? everyone = null;
        foreach (var word in rules)
        {
            var (player, rule) = Split(word, '=');
            if (!LearningRules.Registry.TryGet(rule, out _))
            {
                errors.Add($"--rule {word}: {KeySuggestions.Unknown("learning rule", rule, [.. LearningRules.Registry.Names])}");
                continue;
            }
            if (player is null) everyone = rule;
            else if (Player(game, player) is var i and >= 0) chosen[i] = rule;
            else errors.Add($"--rule {word}: {KeySuggestions.Unknown("player", player, names)}");
        }
        var specs = new LearningSpec[game.PlayerCount];
        for (var i = 0; i < specs.Length; i++)
        {
            var rule = chosen[i] ?? everyone;
            if (rule is null)
            {
                if (errors.Count == 0) errors.Add($"--rule: no rule for player '{names[i]}'; valid rules: {string.Join(", ", LearningRules.Registry.Names)}");
                continue;
            }
            specs[i] = new LearningSpec(rule, ImmutableSortedDictionary<string, string>.Empty);
        }
        if (errors.Count > 0) return ([], [.. errors]);

        foreach (var word in options)
        {
            var (key, value) = Split(word, '=');
            if (key is null || value.Length == 0)
            {
                errors.Add($"--option {word}: expected key=value or PLAYER.key=value");
                continue;
            }
            var dot = key.IndexOf('.');
            var players = Enumerable.Range(0, game.PlayerCount).ToArray();
            var name = key;
            if (dot > 0 && Player(game, key[..dot]) is var p and >= 0)
            {
                players = [p];
                name = key[(dot + 1)..];
            }
            foreach (var i in players)
            {
                var factory = LearningRules.Registry.Get(specs[i].Rule);
                var option = factory.Options.FirstOrDefault(o => o.Name == name);
                if (option is null)
                {
                    errors.Add($"--option {word}: rule '{factory.Name}' of player '{names[i]}' has no option '{name}'; valid: " +
                        (factory.Options.Count == 0 ? "none" : string.Join(", ", factory.Options.Select(o => o.Name))));
                    break;
                }
                if (Check(option, value, game.Actions[i]) is { } problem)
                {
                    errors.Add($"--option {word}: {problem}");
                    break;
                }
                specs[i] = specs[i].With(name, value);
            }
        }
        return errors.Count > 0 ? ([], [.. errors]) : ([.. specs], []);
    }

    /// <summary>Creates the rules of bound specs for the game's players.</summary>
    public static ImmutableArray<ILearningRule> Create(NormalFormGame game, IReadOnlyList<LearningSpec> specs) =>
        [.. specs.Select((s, i) => LearningRules.Registry.Get(s.Rule).Create(s, game.Actions[i]))];

    private static string? Check(LearningOption option, string value, IReadOnlyList<string> actions)
    {
        switch (option.Kind)
        {
            case OptionKind.Number:
                if (!ValueText.TryParseNumber(value, out var x) || !double.IsFinite(x))
                    return $"'{option.Name}' must be a number, got '{value}'";
                if (x < option.Min || x > option.Max)
                    return $"'{option.Name}' must lie in [{ValueText.Format(option.Min)}, {ValueText.Format(option.Max)}], got {value}";
                return null;
            case OptionKind.Choice:
                return option.Allowed is { } allowed && !allowed.Contains(value)
                    ? $"'{option.Name}' must be one of {string.Join(", ", allowed)}, got '{value}'"
                    : null;
            default:
                return FixedRule.IndexOfLabel(actions, value) < 0
                    ? $"'{option.Name}' must be an action of the player: {string.Join(", ", actions)}; got '{value}'"
                    : null;
        }
    }

    private static int Player(NormalFormGame game, string name)
    {
        for (var i = 0; i < game.PlayerCount; i++)
            if (string.Equals(game.Players[i], name, StringComparison.Ordinal)) return i;
        return -1;
    }

    private static (string? Left, string Right) Split(string word, char separator)
    {
        var at = word.IndexOf(separator);
        return at < 0 ? (null, word.Trim()) : (word[..at].Trim(), word[(at + 1)..].Trim());
    }
}
