using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HedgeAgents.Core.Games;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Games;

/// <summary>Writes a <see cref="NormalFormGame"/> as a game file that <see cref="GameLoader.LoadFromText"/> reads
/// back to the same game: matrices A and B for two players, the payoff tensor otherwise.</summary>
public static partial class GameWriter
{
    /// <summary>The canonical YAML of a game; numbers are written in the invariant round-trip format.</summary>
    /// <exception cref="ArgumentException">A name or label contains a control character, which game files reject.</exception>
    public static string ToYaml(NormalFormGame game, string? description = null, string? source = null)
    {
        var players = game.Players;
        foreach (var name in players.Concat(game.Actions.SelectMany(a => a)).Append(game.Name))
            if (name.Any(char.IsControl) || string.IsNullOrWhiteSpace(name))
                throw new ArgumentException($"'{name}' cannot be written to a game file: names and labels must be non-blank and free of control characters");

        var yaml = new StringBuilder();
        yaml.Append("name: ").AppendLine(Scalar(game.Name));
        if (!string.IsNullOrEmpty(description)) yaml.Append("description: ").AppendLine(Quoted(description));
        if (!string.IsNullOrEmpty(source)) yaml.Append("source: ").AppendLine(Quoted(source));
        yaml.Append("players: ").AppendLine(Flow(players.Select(Scalar)));
        yaml.AppendLine("actions:");
        for (var i = 0; i < game.PlayerCount; i++)
            yaml.Append("  ").Append(Scalar(players[i])).Append(": ").AppendLine(Flow(game.Actions[i].Select(Scalar)));

        if (game.PlayerCount == 2) WriteMatrices(game, yaml);
        else WriteTensor(game, yaml);
        return yaml.ToString();
    }

    private static void WriteMatrices(NormalFormGame game, StringBuilder yaml)
    {
        var columns = game.ActionCount(1);
        for (var player = 0; player < 2; player++)
        {
            yaml.AppendLine($"# {(player == 0 ? "A" : "B")}[i][j]: {game.Players[player]}'s payoff when {game.Players[0]} plays action i and {game.Players[1]} plays action j");
            yaml.AppendLine(player == 0 ? "A:" : "B:");
            for (var row = 0; row < game.ActionCount(0); row++)
                yaml.Append("  - ").AppendLine(Flow(Enumerable.Range(0, columns).Select(c => Number(game.Payoff(player, row * columns + c)))));
        }
    }

    // The outer levels as block lists, the last player's level on one line: a 2×2×2 game gives `  - - [[p, p, p], [p, p, p]]`.
    private static void WriteTensor(NormalFormGame game, StringBuilder yaml)
    {
        var indices = string.Concat(game.Players.Select(p => $"[{p}]"));
        yaml.AppendLine($"# payoffs{indices}: [{string.Join(", ", game.Players)}]'s payoffs at that profile");
        var last = game.PlayerCount - 1;
        string LastLevel(int firstProfile) => Flow(Enumerable.Range(0, game.ActionCount(last)).Select(a =>
            Flow(Enumerable.Range(0, game.PlayerCount).Select(p => Number(game.Payoff(p, firstProfile + a))))));
        if (last == 0)
        {
            yaml.Append("payoffs: ").AppendLine(LastLevel(0));
            return;
        }
        yaml.AppendLine("payoffs:");
        Block(0, 0, "  ");

        void Block(int player, int firstProfile, string firstPrefix)
        {
            var stride = game.ProfileCount;
            for (var j = 0; j <= player; j++) stride /= game.ActionCount(j);
            for (var action = 0; action < game.ActionCount(player); action++)
            {
                var prefix = (action == 0 ? firstPrefix : new string(' ', firstPrefix.Length)) + "- ";
                var profile = firstProfile + action * stride;
                if (player == last - 1) yaml.Append(prefix).AppendLine(LastLevel(profile));
                else Block(player + 1, profile, prefix);
            }
        }
    }

    private static string Flow(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    private static string Number(double value) => ValueText.Format(value);

    // Plain when YAML cannot misread it (no flow or comment characters, not a null word), else double-quoted.
    private static string Scalar(string text) =>
        PlainWord().IsMatch(text) && text is not ("null" or "Null" or "NULL") ? text : Quoted(text);

    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\r': quoted.Append("\\r"); break;
                default:
                    if (char.IsControl(c)) quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else quoted.Append(c);
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWord();
}
