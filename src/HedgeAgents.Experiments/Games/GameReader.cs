using System.Collections.Immutable;
using HedgeAgents.Core.Games;
using HedgeAgents.Experiments.Config;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Games;

/// <summary>YAML nodes of a game file → a <see cref="NormalFormGame"/>, adding every problem it finds to a list.</summary>
/// <remarks>A broken part is reported and then read as far as it can be: a list of labels with a bad label still
/// gives its length, so the payoffs are checked against it; only a part whose size is unknown is checked for
/// numbers alone, so that one mistake does not surface as a cascade of shape errors.</remarks>
internal sealed class GameReader
{
    /// <summary>The keys a game file may have, in the order the writer puts them.</summary>
    public static readonly ImmutableArray<string> Keys = ["name", "description", "source", "players", "actions", "A", "B", "payoffs", "zero_sum"];

    private const int MaxLabelsShown = 8;
    private readonly string _file;
    private readonly List<ConfigError> _errors = [];

    /// <summary>Creates a reader for a file of the given name (used in errors and as the default game name).</summary>
    public GameReader(string file) => _file = file;

    /// <summary>Every problem found so far, in the order found.</summary>
    public IReadOnlyList<ConfigError> Errors => _errors;

    /// <summary>Reads the document's root; null when anything is wrong (see <see cref="Errors"/>).</summary>
    public NormalFormGame? Read(YamlNode root)
    {
        if (root is not YamlMappingNode top)
        {
            Error(root, "file", "a game file is a map of keys (players, actions, and A and B or payoffs)");
            return null;
        }
        var entries = new Dictionary<string, (YamlScalarNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in top.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalar) Error(keyNode, "", "keys must be plain words");
            else if (Keys.Contains(key)) entries[key] = (scalar, value);
            else Error(keyNode, key, KeySuggestions.Unknown("key", key, Keys));
        }

        var name = DefaultName();
        if (entries.TryGetValue("name", out var nameEntry)) name = Label(nameEntry.Value, "name", "the game's name") ?? name;
        foreach (var key in new[] { "description", "source" })
            if (entries.TryGetValue(key, out var entry) && entry.Value is not YamlScalarNode)
                Error(entry.Value, key, $"expected text, got {Show(entry.Value)}");

        List<string>? players = null;
        var namesClean = false;
        if (entries.TryGetValue("players", out var playersEntry))
        {
            var before = _errors.Count;
            players = Labels(playersEntry.Value, "players", "a player name", "player", "", "a game needs at least one player", "[row, column]");
            namesClean = _errors.Count == before;
        }
        else Error(top, "players", "missing required key 'players' (a list of player names, e.g. [row, column])");

        List<string>?[]? actions = null;
        if (entries.TryGetValue("actions", out var actionsEntry)) actions = ReadActions(actionsEntry.Value, players, namesClean);
        else Error(top, "actions", "missing required key 'actions' (each player's action labels, e.g. {row: [up, down], column: [left, right]})");

        // Shapes can be checked only when every player's number of actions is known.
        var known = players is not null && actions is not null && actions.All(a => a is { Count: > 0 })
            ? actions.Select((a, i) => (Player: players[i], Labels: a!)).ToArray()
            : null;
        var payoffs = ReadPayoffs(top, entries, players, known);

        if (_errors.Count > 0 || players is null || known is null || payoffs is null) return null;
        try
        {
            return new NormalFormGame(name, players, [.. known.Select(k => (IReadOnlyList<string>)k.Labels)], payoffs);
        }
        catch (ArgumentException e)
        {
            Error(playersEntry.Value, "players", e.Message);
            return null;
        }
    }

    private string DefaultName()
    {
        var stem = Path.GetFileNameWithoutExtension(_file);
        return string.IsNullOrWhiteSpace(stem) ? "game" : stem;
    }

    // The mapping form names each player; the list form gives the lists in player order. The mapping is matched to
    // the players only when their names are clean: a misspelt or duplicate player is reported once, at 'players'.
    private List<string>?[]? ReadActions(YamlNode node, List<string>? players, bool namesClean)
    {
        const string Example = "{row: [up, down], column: [left, right]} or [[up, down], [left, right]]";
        switch (node)
        {
            case YamlMappingNode map:
            {
                if (!namesClean) players = null;
                var result = new List<string>?[players?.Count ?? 0];
                foreach (var (keyNode, value) in map.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } player })
                    {
                        Error(keyNode, "actions", "keys under 'actions' must be player names");
                        continue;
                    }
                    var path = $"actions.{player}";
                    var labels = Labels(value, path, "an action label", "action", $" of player '{player}'", $"player '{player}' needs at least one action", "[up, down]");
                    if (players is null) continue;
                    var index = players.IndexOf(player);
                    if (index < 0) Error(keyNode, path, KeySuggestions.Unknown("player", player, players));
                    else result[index] = labels;
                }
                if (players is null) return null;
                for (var i = 0; i < players.Count; i++)
                    if (result[i] is null && !map.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == players[i]))
                        Error(map, $"actions.{players[i]}", $"missing the actions of player '{players[i]}'");
                return result;
            }
            case YamlSequenceNode list:
            {
                var lists = list.Children.Select((child, i) =>
                    Labels(child, $"actions[{i}]", "an action label", "action", $" of player {PlayerName(players, i)}",
                        $"player {PlayerName(players, i)} needs at least one action", "[up, down]")).ToList();
                if (players is null) return null;
                if (lists.Count != players.Count)
                    Error(list, "actions", $"expected {Count(players.Count, "action list", "action lists")} (one per player: {Join(players)}), got {lists.Count}");
                return [.. Enumerable.Range(0, players.Count).Select(i => i < lists.Count ? lists[i] : null)];
            }
            default:
                Error(node, "actions", $"expected each player's action labels, e.g. {Example}; got {Show(node)}");
                return null;
        }
    }

    private static string PlayerName(List<string>? players, int i) =>
        players is not null && i < players.Count ? $"'{players[i]}'" : $"{i + 1}";

    private double[]? ReadPayoffs(YamlMappingNode top, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries,
        List<string>? players, (string Player, List<string> Labels)[]? known)
    {
        var hasA = entries.TryGetValue("A", out var a);
        var hasB = entries.TryGetValue("B", out var b);
        var hasTensor = entries.TryGetValue("payoffs", out var tensor);
        var zeroSum = false;
        if (entries.TryGetValue("zero_sum", out var zs))
        {
            if (zs.Value is YamlScalarNode { Value: { } text } && ValueText.TryParseBool(text, out var flag)) zeroSum = flag;
            else Error(zs.Value, "zero_sum", $"expected true or false, got {Show(zs.Value)}");
        }

        if (!hasA && !hasB && !hasTensor)
        {
            Error(top, "payoffs", "missing payoffs: give 'payoffs' (nested lists indexed by each player's action, innermost one payoff per player) or, for two players, the matrices 'A' and 'B'");
            return null;
        }
        if (hasTensor && (hasA || hasB))
            Error(tensor.Key, "payoffs", "give either the matrices A and B or the tensor 'payoffs', not both");
        if (zeroSum && (hasTensor || !hasA || hasB))
            Error(zs.Key, "zero_sum", hasB
                ? "zero_sum: true takes B = -A, so B must not be given as well; remove one of them"
                : "zero_sum: true is a shorthand for two players given by 'A' alone (it sets B = -A)");

        var matrixAllowed = players is null || players.Count == 2;
        if ((hasA || hasB) && !matrixAllowed)
        {
            var first = hasA ? a : b;
            Error(first.Key, first.Key.Value!, $"A and B are for two-player games; this game has {Count(players!.Count, "player", "players")} ({Join(players)}), so give 'payoffs' instead");
        }
        var matrixShape = matrixAllowed && known is not null ? MatrixShape(known) : null;
        var tensorShape = known is not null ? TensorShape(known) : null;

        var aValues = hasA ? Numbers(a.Value, "A", matrixShape) : null;
        var bValues = hasB ? Numbers(b.Value, "B", matrixShape) : null;
        var tValues = hasTensor ? Numbers(tensor.Value, "payoffs", tensorShape) : null;
        if (hasA && !hasB && !zeroSum && !hasTensor && matrixAllowed)
            Error(a.Key, "B", $"missing 'B' ({(players is null ? "the second player" : players[1])}'s payoffs); or add zero_sum: true to take B = -A");
        if (hasB && !hasA && !hasTensor && matrixAllowed)
            Error(b.Key, "A", $"missing 'A' ({(players is null ? "the first player" : players[0])}'s payoffs)");

        if (hasTensor) return tValues;
        if (aValues is null) return null;
        bValues ??= zeroSum ? [.. aValues.Select(x => -x)] : null;
        if (bValues is null || bValues.Length != aValues.Length) return null;
        // A profile index of a two-player game is row * columns + column, the row-major position in A and B.
        var flat = new double[aValues.Length * 2];
        for (var i = 0; i < aValues.Length; i++)
        {
            flat[2 * i] = aValues[i];
            flat[2 * i + 1] = bValues[i];
        }
        return flat;
    }

    private static Level[] MatrixShape((string Player, List<string> Labels)[] known) =>
    [
        new(known[0].Labels.Count, "row", "rows", $"one per action of {known[0].Player}: {Join(known[0].Labels)}"),
        new(known[1].Labels.Count, "number", "numbers", $"one per action of {known[1].Player}: {Join(known[1].Labels)}"),
    ];

    private static Level[] TensorShape((string Player, List<string> Labels)[] known) =>
    [
        .. known.Select(k => new Level(k.Labels.Count, "entry", "entries", $"one per action of {k.Player}: {Join(k.Labels)}")),
        new(known.Length, "payoff", "payoffs", $"one per player: {Join(known.Select(k => k.Player))}"),
    ];

    /// <summary>The size of one level of nested lists and how errors describe it.</summary>
    private readonly record struct Level(int Count, string One, string Many, string Meaning);

    // Leaves in reading order, which for both forms is the order NormalFormGame stores them; null after any problem.
    private double[]? Numbers(YamlNode node, string path, Level[]? shape)
    {
        var before = _errors.Count;
        var values = new List<double>();
        Walk(node, path, shape, 0, values);
        return _errors.Count == before && shape is not null ? [.. values] : null;
    }

    private void Walk(YamlNode node, string path, Level[]? shape, int depth, List<double> values)
    {
        if (shape is not null && depth == shape.Length)
        {
            if (node is YamlScalarNode leaf) Number(leaf, path, values);
            else Error(node, path, $"expected a number, got {Show(node)}");
            return;
        }
        if (node is YamlSequenceNode list)
        {
            if (shape is not null && list.Children.Count != shape[depth].Count)
            {
                var level = shape[depth];
                Error(list, path, $"expected {Count(level.Count, level.One, level.Many)} ({level.Meaning}), got {list.Children.Count}");
            }
            for (var i = 0; i < list.Children.Count; i++) Walk(list.Children[i], $"{path}[{i}]", shape, depth + 1, values);
            return;
        }
        if (shape is null && node is YamlScalarNode scalar)
        {
            Number(scalar, path, values);
            return;
        }
        var expected = shape is null ? "a list of numbers" : $"a list of {Count(shape[depth].Count, shape[depth].One, shape[depth].Many)} ({shape[depth].Meaning})";
        Error(node, path, $"expected {expected}, got {Show(node)}");
    }

    private void Number(YamlScalarNode node, string path, List<double> values)
    {
        var text = node.Value ?? "";
        if (IsNull(node)) Error(node, path, "expected a number, got nothing");
        else if (node.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
            Error(node, path, $"expected a number, got the quoted text '{text}'; write numbers without quotes");
        else if (ValueText.TryParseNumber(text, out var value)) values.Add(value);
        else Error(node, path, $"expected a {(IsNonFinite(text) ? "finite " : "")}number, got '{text}'");
    }

    // A list of distinct, printable, non-blank labels; null only when the node is not a list at all. Bad labels are
    // reported but kept, so that the list's length can still check the payoffs' shape.
    private List<string>? Labels(YamlNode node, string path, string labelNoun, string what, string owner, string emptyMessage, string example)
    {
        if (node is not YamlSequenceNode list)
        {
            Error(node, path, $"expected a list like {example}, got {Show(node)}");
            return null;
        }
        if (list.Children.Count == 0) Error(list, path, emptyMessage);
        var labels = new List<string>(list.Children.Count);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Children.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var label = Label(list.Children[i], itemPath, labelNoun) ?? "";
            labels.Add(label);
            if (label.Length == 0) continue;
            if (first.TryGetValue(label, out var earlier)) Error(list.Children[i], itemPath, $"duplicate {what} '{label}'{owner} (also {path}[{earlier}])");
            else first[label] = i;
        }
        return labels;
    }

    private string? Label(YamlNode node, string path, string what)
    {
        if (node is not YamlScalarNode scalar)
        {
            Error(node, path, $"expected {what} (text), got {Show(node)}");
            return null;
        }
        var text = scalar.Value ?? "";
        if (IsNull(scalar) || string.IsNullOrWhiteSpace(text))
        {
            Error(node, path, $"{what} must not be empty");
            return null;
        }
        // Control characters would break the CSV headers and reports that show these names.
        var control = text.FirstOrDefault(char.IsControl);
        if (control != default)
        {
            Error(node, path, $"{what} must not contain control characters (found U+{(int)control:X4})");
            return null;
        }
        return text;
    }

    // YAML's .nan and .inf, .NET's NaN and Infinity, and decimals too large for a double.
    private static bool IsNonFinite(string text) =>
        text.Trim().TrimStart('+', '-').ToLowerInvariant() is ".nan" or ".inf"
        || double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    // Plain `~`, `null` and nothing are YAML's null; quoted they are text.
    private static bool IsNull(YamlScalarNode node) =>
        node.Style is (ScalarStyle.Plain or ScalarStyle.Any) && node.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Show(YamlNode node) => node switch
    {
        YamlScalarNode s when IsNull(s) => "nothing",
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        _ => "a map",
    };

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static string Join(IEnumerable<string> labels)
    {
        var all = labels.ToList();
        return all.Count <= MaxLabelsShown ? string.Join(", ", all) : string.Join(", ", all.Take(MaxLabelsShown)) + $", … ({all.Count} in all)";
    }

    private void Error(YamlNode node, string key, string message) =>
        _errors.Add(new ConfigError(_file, (int)node.Start.Line, (int)node.Start.Column, key, message));
}
