using System.Globalization;
using System.Text.RegularExpressions;
using HedgeAgents.Core.Collections;
using HedgeAgents.Experiments.Config;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Calibration;

/// <summary>Reads a calibration file's YAML into a <see cref="CalibrationSpec"/>, adding a located error for every
/// problem of form (unknown keys, missing keys, bad years or numbers, duplicate ids); what needs the event files
/// (their existence, their columns) is checked by <see cref="CalibrationLoader"/> at the places recorded in the map.</summary>
internal sealed partial class CalibrationReader(string file, List<ConfigError> errors, SourceMap map)
{
    internal static readonly string[] TopKeys = ["estimates", "assumptions"];
    internal static readonly string[] EntryKeys = ["id", "events", "where", "windows", "per", "count", "parameter", "meaning"];
    internal static readonly string[] RequiredEntryKeys = ["id", "events", "windows", "per", "parameter", "meaning"];
    internal static readonly string[] WindowKeys = ["from", "to"];
    internal static readonly string[] AssumptionKeys = ["parameter", "value", "range", "reason"];

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex IdPattern();

    /// <summary>The spec, or null when the root is not a map; entries with errors are left out.</summary>
    public CalibrationSpec? Read(YamlNode root)
    {
        if (root is not YamlMappingNode top)
        {
            Error(root, "estimates", "expected a map with 'estimates:' (a list of entries) and optionally 'assumptions:'");
            return null;
        }
        var fields = Fields(top, "", TopKeys);
        if (!fields.TryGetValue("estimates", out var estimatesNode))
        {
            Error(top, "estimates", "missing required key 'estimates': a list of entries (id, events, windows, per, parameter, meaning)");
            return null;
        }
        var estimates = List(estimatesNode, "estimates", "a list of entries ('- id: cpc-closure-natural')")
            .Select((node, i) => Entry(node, $"estimates[{i}]")).OfType<EstimateSpec>().ToList();
        var assumptions = fields.TryGetValue("assumptions", out var assumptionsNode)
            ? List(assumptionsNode, "assumptions", "a list of entries ('- parameter: …, value: …, range: [lo, hi], reason: …')")
                .Select((node, i) => Assumption(node, $"assumptions[{i}]")).OfType<CalibrationAssumption>().ToValueArray()
            : [];
        return new CalibrationSpec(file, estimates.ToValueArray(), assumptions);
    }

    private EstimateSpec? Entry(YamlNode node, string where)
    {
        if (node is not YamlMappingNode item)
        {
            Error(node, where, "expected a map with " + string.Join(", ", RequiredEntryKeys));
            return null;
        }
        var fields = Fields(item, where + ".", EntryKeys);
        var missing = RequiredEntryKeys.Where(k => !fields.ContainsKey(k)).ToList();
        foreach (var key in missing) Error(item, $"{where}.{key}", $"missing required key '{key}'");
        var before = errors.Count;
        var id = Text(fields, "id", where);
        if (id is not null && !IdPattern().IsMatch(id))
            Error(fields["id"], $"{where}.id", $"'{id}' is not an id; use letters, digits, '-', '_' and '.' (e.g. cpc-closure-natural)");
        else if (id is not null && !_ids.Add(id))
        {
            Error(fields["id"], $"{where}.id", $"the id '{id}' is used by an earlier entry; ids must be unique");
            return null;
        }
        // Later checks name the entry by its id (or its index when it has none), so record the places under that name.
        var name = id ?? where;
        foreach (var (key, value) in fields) map.Record($"{name}.{key}", value);
        var events = Text(fields, "events", where);
        if (events is not null && (events.IndexOfAny(['/', '\\']) >= 0 || events is "." or ".."))
            Error(fields["events"], $"{where}.events", $"'{events}' is not a file name; an event file lies in the calibration file's folder");
        var per = Text(fields, "per", where);
        var round = per is null ? null : RoundLength.Find(per);
        if (per is not null && round is null)
            Error(fields["per"], $"{where}.per", KeySuggestions.Unknown("round length", per, [.. RoundLength.All.Select(r => r.Name)]));
        var count = fields.ContainsKey("count") ? Text(fields, "count", where) : EstimateSpec.EventsCount;
        var parameter = Text(fields, "parameter", where);
        var meaning = Text(fields, "meaning", where);
        var filters = fields.TryGetValue("where", out var whereNode) ? Filters(whereNode, name, $"{where}.where") : [];
        var windows = fields.TryGetValue("windows", out var windowsNode) ? Windows(windowsNode, $"{where}.windows") : [];
        if (missing.Count > 0 || errors.Count > before) return null;
        return new EstimateSpec(id!, events!, filters, windows, round!, count!, parameter!, meaning!);
    }

    private ValueArray<ColumnFilter> Filters(YamlNode node, string name, string where)
    {
        if (node is not YamlMappingNode columns)
        {
            Error(node, where, "expected a map of column → list of values, e.g. {cause_class: [weather, technical]}");
            return [];
        }
        var filters = new List<ColumnFilter>();
        foreach (var (key, value) in columns.Children)
        {
            var column = (key as YamlScalarNode)?.Value ?? "";
            map.Record($"{name}.where.{column}", key);
            var values = value switch
            {
                YamlScalarNode { Value: { Length: > 0 } one } => [one],
                YamlSequenceNode list when list.Children.Count > 0 && list.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }) =>
                    list.Children.Select(c => ((YamlScalarNode)c).Value!).ToList(),
                _ => null,
            };
            if (values is null) Error(value, $"{where}.{column}", "expected a non-empty list of values, e.g. [weather, technical]");
            else filters.Add(new ColumnFilter(column, values.ToValueArray()));
        }
        return filters.ToValueArray();
    }

    private ValueArray<YearWindow> Windows(YamlNode node, string where)
    {
        var windows = new List<(YearWindow Window, YamlNode Node)>();
        var items = List(node, where, "a list of windows, e.g. [{from: 2015, to: 2021}]");
        if (node is YamlSequenceNode && items.Count == 0) Error(node, where, "expected at least one window, e.g. [{from: 2015, to: 2021}]");
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"{where}[{i}]";
            if (items[i] is not YamlMappingNode window)
            {
                Error(items[i], at, "expected a window {from: <year>, to: <year>}");
                continue;
            }
            var fields = Fields(window, at + ".", WindowKeys);
            foreach (var key in WindowKeys.Where(k => !fields.ContainsKey(k))) Error(window, $"{at}.{key}", $"missing required key '{key}' (a calendar year)");
            if (fields.Count < WindowKeys.Length) continue;
            var from = Year(fields["from"], $"{at}.from");
            var to = Year(fields["to"], $"{at}.to");
            if (from is null || to is null) continue;
            if (from > to)
            {
                Error(fields["from"], $"{at}.from", $"from {from} is after to {to}; a window runs from its first year to its last, both included");
                continue;
            }
            var candidate = new YearWindow(from.Value, to.Value);
            if (windows.FirstOrDefault(w => w.Window.Overlaps(candidate)) is { Node: not null } other)
            {
                Error(window, at, $"window {candidate} overlaps window {other.Window}; each year belongs to one window, so an event is counted once");
                continue;
            }
            windows.Add((candidate, window));
        }
        return windows.Select(w => w.Window).ToValueArray();
    }

    private CalibrationAssumption? Assumption(YamlNode node, string where)
    {
        if (node is not YamlMappingNode item)
        {
            Error(node, where, "expected a map with " + string.Join(", ", AssumptionKeys));
            return null;
        }
        var fields = Fields(item, where + ".", AssumptionKeys);
        var missing = AssumptionKeys.Where(k => !fields.ContainsKey(k)).ToList();
        foreach (var key in missing) Error(item, $"{where}.{key}", $"missing required key '{key}'");
        if (missing.Count > 0) return null;
        var before = errors.Count;
        var parameter = Text(fields, "parameter", where);
        var reason = Text(fields, "reason", where);
        var value = Number(fields["value"], $"{where}.value");
        double? low = null, high = null;
        if (fields["range"] is YamlSequenceNode { Children.Count: 2 } range)
        {
            low = Number(range.Children[0], $"{where}.range");
            high = Number(range.Children[1], $"{where}.range");
        }
        else Error(fields["range"], $"{where}.range", "expected [lo, hi]: two numbers");
        if (low is { } lo && high is { } hi)
        {
            if (lo > hi) Error(fields["range"], $"{where}.range", $"the low end {Show(lo)} is above the high end {Show(hi)}");
            else if (value is { } v && (v < lo || v > hi))
                Error(fields["value"], $"{where}.value", $"{Show(v)} lies outside its range [{Show(lo)}, {Show(hi)}]");
        }
        if (errors.Count > before) return null;
        return new CalibrationAssumption(parameter!, value!.Value, low!.Value, high!.Value, reason!);
    }

    // A map's values by key, each unknown or non-scalar key reported (with a suggestion) and skipped.
    private Dictionary<string, YamlNode> Fields(YamlMappingNode node, string prefix, IReadOnlyCollection<string> keys)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!keys.Contains(name)) Error(key, prefix + name, KeySuggestions.Unknown("key", name, keys));
            else fields[name] = value;
        }
        return fields;
    }

    private IReadOnlyList<YamlNode> List(YamlNode node, string where, string expected)
    {
        if (node is YamlSequenceNode list) return [.. list.Children];
        if (node is YamlScalarNode { Value: null or "" }) return [];
        Error(node, where, "expected " + expected);
        return [];
    }

    private string? Text(Dictionary<string, YamlNode> fields, string key, string where)
    {
        if (!fields.TryGetValue(key, out var node)) return null;
        if (node is YamlScalarNode { Value: { } text } && text.Trim().Length > 0) return text.Trim();
        Error(node, $"{where}.{key}", "expected a non-empty word or text");
        return null;
    }

    private int? Year(YamlNode node, string where)
    {
        if (node is YamlScalarNode { Value: { Length: 4 } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return year;
        Error(node, where, $"expected a 4-digit calendar year, got '{(node as YamlScalarNode)?.Value ?? node.NodeType.ToString()}'");
        return null;
    }

    private double? Number(YamlNode node, string where)
    {
        if (node is YamlScalarNode { Value: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        Error(node, where, $"expected a number, got '{(node as YamlScalarNode)?.Value ?? node.NodeType.ToString()}'");
        return null;
    }

    private static string Show(double value) => CalibrationNumber.Format(value);

    private void Error(YamlNode node, string key, string message) => errors.Add(SourceLocation.Of(file, node).Error(key, message));
}
