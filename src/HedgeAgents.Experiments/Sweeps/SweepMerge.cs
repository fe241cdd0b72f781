using System.Security.Cryptography;
using HedgeAgents.Experiments.Sweeps.Output;
using HedgeAgents.Experiments.Sweeps.Store;

namespace HedgeAgents.Experiments.Sweeps;

/// <summary>Joins the parts of a sharded sweep into the files the unsharded sweep would have written, after checking
/// that every part is present, complete, intact and from the same plan.</summary>
public static class SweepMerge
{
    /// <summary>Merges <c>part-i-of-n/</c> folders of <paramref name="directory"/>; returns the number of runs.</summary>
    /// <exception cref="SweepRefusedException">A part is missing, incomplete, damaged or from another sweep.</exception>
    public static long Merge(string directory, string command)
    {
        var folders = Directory.Exists(directory)
            ? Directory.GetDirectories(directory, "part-*-of-*").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        if (folders.Count == 0)
            throw new SweepRefusedException($"{directory} has no part-i-of-n folders; run 'hedge sweep <experiment> --shard i/n --out {directory}' for each i first");
        var counts = folders.Select(f => f.Split('-')[^1]).Distinct().ToList();
        if (counts.Count > 1)
            throw new SweepRefusedException($"{directory} holds parts of different shardings (of {string.Join(", of ", counts)}); keep one sharding's parts only");
        var n = int.Parse(counts[0], System.Globalization.CultureInfo.InvariantCulture);

        using var held = SweepLock.TryAcquire(directory, command, out var heldBy)
            ?? throw new SweepRefusedException($"{directory} is in use by another sweep or merge ({heldBy})");
        var parts = new List<SweepPart>();
        var problems = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var folder = Path.Combine(directory, new Shard(i, n).Folder);
            if (!Directory.Exists(folder))
            {
                problems.Add($"part {i} of {n} is missing: run hedge sweep <experiment> --shard {i}/{n} --out {directory}");
                continue;
            }
            var part = SweepPart.Read(folder);
            if (part is null)
            {
                var store = new ChunkStore(folder);
                problems.Add($"part {i} of {n} is not complete" + (store.Exists ? " (interrupted)" : "") +
                    $": run hedge sweep <experiment> --shard {i}/{n} --out {directory} --resume");
                continue;
            }
            if (Sha256(Path.Combine(folder, "part.csv")) != part.RowsSha256 || Sha256(Path.Combine(folder, "part.head.json")) != part.HeadSha256)
            {
                problems.Add($"part {i} of {n} is damaged (its files do not match the hashes in {SweepPart.MarkerFile}); delete {folder} and run that shard again");
                continue;
            }
            parts.Add(part);
        }
        if (problems.Count > 0) throw new SweepRefusedException(string.Join(Environment.NewLine, problems));
        if (parts.Select(p => p.Fingerprint).Distinct().Count() > 1)
            throw new SweepRefusedException($"the parts in {directory} come from different experiments or options: " +
                string.Join(", ", parts.Where(p => p.Fingerprint != parts[0].Fingerprint).Select(p => p.ToString())) +
                $" differ from {parts[0]}; run every shard with the same file and options");
        var next = 0L;
        foreach (var p in parts)
        {
            if (p.Start != next) throw new SweepRefusedException($"{p} does not follow the runs before it (expected a start at run {next})");
            next = p.End;
        }
        if (next != parts[0].Runs) throw new SweepRefusedException($"the parts cover {next} of {parts[0].Runs} runs");

        var head = File.ReadAllBytes(Path.Combine(directory, parts[0].Folder(), "part.head.json"));
        SweepOutput.Write(directory, parts[0].Header, parts.Select(p => Path.Combine(directory, p.Folder(), "part.csv")), head);
        return next;
    }

    private static string Folder(this SweepPart part) => new Shard(part.Index, part.Count).Folder;

    private static string Sha256(string path)
    {
        if (!File.Exists(path)) return "";
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
