using System.Collections.Immutable;
using System.Text.Json;

namespace HedgeAgents.Reporting;

/// <summary>A results folder and its manifest: the kind, the command that wrote it, events and resolved parameters.</summary>
/// <param name="Path">The folder.</param>
/// <param name="Kind">Run, sweep or other.</param>
/// <param name="Command">The command that wrote the folder (from the manifest).</param>
/// <param name="Events">The scenario's events.</param>
/// <param name="Resolved">The resolved parameters, path → value.</param>
public sealed record ResultsFolder(string Path, ResultsKind Kind, string Command, ImmutableArray<EventMark> Events,
    ImmutableDictionary<string, string> Resolved)
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestName = "manifest.json";

    /// <summary>The experiment file named by the command (its third word), as written there.</summary>
    public string? ExperimentPath => Command.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 3 } words ? words[2] : null;

    /// <summary>The sweep's text axes (e.g. a fixed action swept over archetypes): path → values in the order listed,
    /// read from the manifest's <c>sweep.parameters</c>, where their values are strings. Figures draw them as
    /// categorical axes in that order; the CSV columns hold the labels.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> TextAxes { get; init; } =
        ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>An actor's display name from the resolved parameters, else its id.</summary>
    public string ActorName(string id) => Resolved.GetValueOrDefault($"actors.{id}.name") ?? id;

    /// <summary>Reads a folder's manifest; throws <see cref="FigureDataException"/> naming the file and key at fault.</summary>
    public static ResultsFolder Open(string folder)
    {
        var file = System.IO.Path.Combine(folder, ManifestName);
        if (!Directory.Exists(folder)) throw new FigureDataException(folder, "no such folder; expected a folder written by 'hedge run' or 'hedge sweep'");
        if (!File.Exists(file)) throw new FigureDataException(file, "no such file; expected a folder written by 'hedge run' or 'hedge sweep'");
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(File.ReadAllText(file)).RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new FigureDataException(file, $"not valid JSON ({e.Message})");
        }
        string Text(string key) => root.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!
            : throw new FigureDataException(file, $"missing key '{key}' (a text)");
        var command = Text("command");
        var files = root.TryGetProperty("files", out var f) && f.ValueKind == JsonValueKind.Object
            ? f.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal) : [];
        var kind = files.Contains("runs.csv") ? ResultsKind.Sweep : files.Contains("rounds.csv") ? ResultsKind.Run : ResultsKind.Other;
        var events = ImmutableArray.CreateBuilder<EventMark>();
        if (root.TryGetProperty("events", out var ev) && ev.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in ev.EnumerateArray())
            {
                if (e.TryGetProperty("at", out var at) && at.TryGetInt32(out var round))
                    events.Add(new EventMark(round, e.TryGetProperty("period", out var p) ? p.GetString() ?? "" : "",
                        e.TryGetProperty("label", out var l) ? l.GetString() ?? "" : ""));
            }
        }
        var resolved = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("resolved", out var r) && r.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in r.EnumerateObject())
                if (p.Value.ValueKind == JsonValueKind.String) resolved[p.Name] = p.Value.GetString()!;
        }
        var text = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        if (root.TryGetProperty("sweep", out var sw) && sw.ValueKind == JsonValueKind.Object &&
            sw.TryGetProperty("parameters", out var ps) && ps.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in ps.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("values", out var vs) &&
                    vs.ValueKind == JsonValueKind.Array && vs.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String))
                    text[p.Name] = [.. vs.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText())];
            }
        }
        return new ResultsFolder(folder, kind, command, events.ToImmutable(), resolved.ToImmutable()) { TextAxes = text.ToImmutable() };
    }
}
