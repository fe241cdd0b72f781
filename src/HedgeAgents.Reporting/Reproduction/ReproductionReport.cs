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
    /// <param name="rerunInputs">The input data files the re-run read, with their SHA-256 (its manifest's
    /// <c>experiment.data</c>); a changed or missing input fails the comparison before any output is compared.</param>
    public static ReproductionReport Compare(string folder, RecordedManifest manifest, string rerunFolder, IEnumerable<string> rerunFiles,
        IReadOnlyDictionary<string, string>? rerunInputs = null)
    {
        if (CompareInputs(manifest.Inputs, rerunInputs ?? manifest.Inputs) is { } changed) return new ReproductionReport(folder, 0, changed);
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

    // Inputs first: a changed data file explains any later difference, and fails even when the outputs happen to agree.
    private static string? CompareInputs(IReadOnlyDictionary<string, string> recorded, IReadOnlyDictionary<string, string> rerun)
    {
        foreach (var (file, hash) in recorded.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!rerun.TryGetValue(file, out var now)) return $"input data {file}: read when the folder was made, but not by the re-run";
            if (!string.Equals(now, hash, StringComparison.OrdinalIgnoreCase))
                return $"input data {file} has changed since the folder was made: SHA-256 {now}, the manifest records {hash}";
        }
        var extra = rerun.Keys.Where(f => !recorded.ContainsKey(f)).Order(StringComparer.Ordinal).FirstOrDefault();
        return extra is null ? null : $"input data {extra}: read by the re-run but not listed in the folder's manifest";
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
