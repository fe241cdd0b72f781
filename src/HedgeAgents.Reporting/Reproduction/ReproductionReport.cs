using System.Globalization;
using System.Security.Cryptography;

namespace HedgeAgents.Reporting.Reproduction;

/// <summary>The outcome of comparing a results folder's data files with a re-run's: how many were compared and the
/// first problem, if any.</summary>
/// <param name="Problem">The first difference found, described; null when every file is identical.</param>
public sealed record ReproductionReport(string Folder, int FilesCompared, string? Problem)
{
    /// <summary>True when every data file of the folder is byte for byte what the re-run wrote.</summary>
    public bool Reproduced => Problem is null;

    /// <summary>One line on success; on failure a first line naming the folder, then the difference.</summary>
    public override string ToString() => Reproduced
        ? string.Create(CultureInfo.InvariantCulture, $"reproduced: {FilesCompared} files identical ({Folder})")
        : $"differs: {Folder}: {Problem}";

    /// <summary>Compares each data file the manifest lists: the folder's bytes against the re-run's and against the
    /// manifest's hash; then any data file the re-run wrote that the manifest does not list.</summary>
    /// <param name="rerunFiles">The data files the re-run's own manifest lists.</param>
    public static ReproductionReport Compare(string folder, RecordedManifest manifest, string rerunFolder, IEnumerable<string> rerunFiles)
    {
        var compared = 0;
        foreach (var (name, hash) in manifest.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var problem = CompareFile(name, hash, Path.Combine(folder, name), Path.Combine(rerunFolder, name));
            if (problem is not null) return new ReproductionReport(folder, compared, problem);
            compared++;
        }
        var extra = rerunFiles.Where(f => !manifest.Files.ContainsKey(f)).Order(StringComparer.Ordinal).FirstOrDefault();
        return extra is null
            ? new ReproductionReport(folder, compared, null)
            : new ReproductionReport(folder, compared, $"{extra}: written by the re-run but not listed in the folder's manifest");
    }

    private static string? CompareFile(string name, string hash, string kept, string rerun)
    {
        if (!File.Exists(kept)) return $"{name}: listed in the manifest but missing from the folder";
        if (!File.Exists(rerun)) return $"{name}: missing from the re-run";
        if (FileComparison.FirstDifference(kept, rerun) is { } difference) return difference.Describe(name);
        // The bytes agree with the re-run, so a hash mismatch means the manifest, not the data, is out of date.
        using var stream = File.OpenRead(kept);
        var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        return string.Equals(actual, hash, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"{name}: identical to the re-run, but its SHA-256 {actual} is not the manifest's {hash}";
    }
}
