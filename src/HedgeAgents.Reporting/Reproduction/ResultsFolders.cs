using System.Text.RegularExpressions;

namespace HedgeAgents.Reporting.Reproduction;

/// <summary>The results folders below a folder: every one holding a manifest, in sorted order.</summary>
public static partial class ResultsFolders
{
    /// <summary>Every folder below <paramref name="root"/> (itself included) with a manifest.json, sorted by path;
    /// shards of a sweep (<c>part-i-of-n</c>) and dot-folders are skipped, since only whole results are reproducible.</summary>
    public static IReadOnlyList<string> Below(string root)
    {
        var found = new List<string>();
        Walk(root, found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static void Walk(string dir, List<string> found)
    {
        if (File.Exists(Path.Combine(dir, RecordedManifest.FileName))) found.Add(dir);
        foreach (var sub in Directory.EnumerateDirectories(dir))
        {
            var name = Path.GetFileName(sub);
            if (name.StartsWith('.') || ShardFolder().IsMatch(name)) continue;
            Walk(sub, found);
        }
    }

    [GeneratedRegex("^part-[0-9]+-of-[0-9]+$")]
    private static partial Regex ShardFolder();
}
