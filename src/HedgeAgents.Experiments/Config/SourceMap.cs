using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config;

/// <summary>Where each parameter path was written, so problems found later on the frozen records (which know no
/// positions) are reported at the node that caused them.</summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);
    private readonly SourceLocation _root;

    /// <summary>Creates a map whose fallback is line 1, column 1 of the file.</summary>
    public SourceMap(string file) => _root = new SourceLocation(file, 1, 1);

    /// <summary>The file's name.</summary>
    public string File => _root.File;

    /// <summary>Remembers where a path was written; a later write (a <c>--set</c>) wins.</summary>
    public void Set(string path, SourceLocation location) => _locations[path] = location;

    /// <summary>Remembers the node a path was read from.</summary>
    public void Record(string path, YamlNode node) => Set(path, SourceLocation.Of(_root.File, node));

    /// <summary>The place of a path: where it was written, else where a --set under it was given, else its nearest
    /// written ancestor (a default value is blamed on its section), else the top of the file.</summary>
    public SourceLocation Locate(string path)
    {
        if (_locations.TryGetValue(path, out var exact)) return exact;
        var fromSet = _locations.Where(kv => kv.Value.File == "--set" && kv.Key.StartsWith(path + ".", StringComparison.Ordinal))
            .Select(kv => (SourceLocation?)kv.Value).FirstOrDefault();
        if (fromSet is not null) return fromSet.Value;
        for (var cut = path.LastIndexOf('.'); cut > 0; cut = path.LastIndexOf('.', cut - 1))
            if (_locations.TryGetValue(path[..cut], out var ancestor)) return ancestor;
        return _root;
    }
}
