using System.Text.RegularExpressions;
using HedgeAgents.Core.Games;
using HedgeAgents.Experiments.Config;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Games;

/// <summary>Loads normal-form games from YAML game files (format: docs/games.md), reporting every problem at once
/// as located <see cref="ConfigError"/>s, like experiment files.</summary>
/// <remarks>
/// <code>
/// name: prisoners-dilemma          # optional; default: the file name without extension
/// description: ...                 # optional free text
/// source: Axelrod (1984) ...       # optional citation
/// players: [row, column]           # one or more unique names
/// actions:                         # player -> labels, or a list of label lists in player order
///   row: [cooperate, defect]
///   column: [cooperate, defect]
/// A: [[3, 0], [5, 1]]              # two players: first player's matrix (rows = first player's actions)
/// B: [[3, 5], [0, 1]]              # second player's matrix; or omit B and set zero_sum: true for B = -A
/// # any number of players, instead of A and B: one nesting level per player's action, innermost one payoff per player
/// # payoffs: [[[3, 3], [0, 5]], [[5, 0], [1, 1]]]
/// </code>
/// </remarks>
public static partial class GameLoader
{
    /// <summary>Loads a game file.</summary>
    /// <exception cref="ConfigException">The file cannot be read or is not a valid game; every problem is listed.</exception>
    public static NormalFormGame LoadFile(string path)
    {
        var text = YamlInput.ReadFile(path);
        return LoadFromText(text, path);
    }

    /// <summary>Loads a game from YAML text; <paramref name="file"/> names it in errors and, without a <c>name</c> key, gives its name.</summary>
    /// <exception cref="ConfigException">The text is not a valid game; every problem is listed in file order.</exception>
    public static NormalFormGame LoadFromText(string text, string file)
    {
        var errors = new List<ConfigError>();
        var root = YamlInput.Parse(text, file, errors, document: "a game file", emptyKey: "players",
            emptyHint: "a game needs at least 'players', 'actions' and payoffs ('A' and 'B', or 'payoffs')");
        if (root is null) throw new ConfigException(errors);
        var reader = new GameReader(file);
        var game = reader.Read(root);
        errors.AddRange(reader.Errors);
        if (game is null || errors.Count > 0)
            throw new ConfigException([.. errors.Distinct().OrderBy(e => e.Line).ThenBy(e => e.Column)]);
        return game;
    }

    /// <summary>Whether a file holds a game rather than an experiment (see <see cref="IsGameText"/>); false if it cannot be read.</summary>
    public static bool IsGameFile(string path)
    {
        try
        {
            return IsGameText(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether YAML text is a game: a map with a top-level <c>players</c> key and no <c>actors</c> key
    /// (which every experiment has).</summary>
    /// <remarks>Text that is not valid YAML is judged by its unindented keys, so that a game file with a syntax
    /// error is still loaded as a game and its error reported in game terms.</remarks>
    public static bool IsGameText(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception e) when (e is YamlException or ArgumentException or InvalidOperationException)
        {
            var keys = TopLevelKey().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            return keys.Contains("players") && !keys.Contains("actors");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return false;
        var top = map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).ToList();
        return top.Contains("players") && !top.Contains("actors");
    }

    [GeneratedRegex(@"^([A-Za-z_]+)\s*:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelKey();
}
