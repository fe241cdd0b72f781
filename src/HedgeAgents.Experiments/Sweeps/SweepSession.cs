using System.Text;
using HedgeAgents.Experiments.Sweeps.Output;
using HedgeAgents.Experiments.Sweeps.Store;

namespace HedgeAgents.Experiments.Sweeps;

/// <summary>One sweep from start or resume to its final files: holds the folder, checks that a resumed sweep is the
/// same sweep, runs what is missing in committed chunks, and assembles the output (or a shard's part).</summary>
public static class SweepSession
{
    /// <summary>Runs the sweep; <paramref name="started"/> gets (runs already done, runs of this folder) before work begins.</summary>
    /// <exception cref="SweepRefusedException">The folder is held, holds an interrupted sweep without --resume, or a different one.</exception>
    public static SweepOutcome Run(SweepPlan plan, SweepOptions options, Action<long, long>? started, Action<long>? runsDone,
        CancellationToken cancel)
    {
        var dir = options.Shard is { } shard ? Path.Combine(options.OutDir, shard.Folder) : options.OutDir;
        using var held = SweepLock.TryAcquire(dir, options.Command, out var heldBy)
            ?? throw new SweepRefusedException($"{dir} is in use by another sweep ({heldBy}); wait for it to finish or choose another --out");
        var (start, end) = options.Shard?.Range(plan.Runs) ?? (0, plan.Runs);
        var head = SweepManifest.Head(plan, options.Command);
        var fingerprint = Fingerprint(plan, options);
        var store = new ChunkStore(dir);
        if (store.Exists)
        {
            var done = store.DoneRuns(start, end);
            if (!options.Resume)
                throw new SweepRefusedException($"{dir} holds an interrupted sweep ({done} of {end - start} runs done); " +
                    "continue it with --resume, or delete the folder to start again");
            if (store.ReadFingerprint() is var old && old != fingerprint)
                throw new SweepRefusedException($"{dir} holds a sweep of another plan ({FirstDifference(old, fingerprint)}); " +
                    "resume it with the same experiment and options, or delete the folder to start again");
            store.Reopen();
        }
        else
        {
            if (options.Resume && IsComplete(dir, options.Shard)) return SweepOutcome.AlreadyComplete;
            store.Begin(fingerprint);
        }

        started?.Invoke(store.DoneRuns(start, end), end - start);
        if (!SweepExecutor.Execute(plan, start, end, options.Threads, options.ChunkSize, store.IsDone, store.Commit, runsDone, cancel))
            return SweepOutcome.Cancelled;

        var rows = store.Covering(start, end);
        if (options.Shard is { } part) SweepPart.Write(dir, part, start, end, plan.Runs, Output.RunsTable.Header(plan.Paths, Experiments.Output.SummaryMetrics.Of(plan.Config.Initial)), SharedFingerprint(plan, options), rows, head);
        else SweepOutput.Write(dir, Output.RunsTable.Header(plan.Paths, Experiments.Output.SummaryMetrics.Of(plan.Config.Initial)), rows, head);
        store.Delete();
        return SweepOutcome.Completed;
    }

    /// <summary>What must not change between a sweep's start and its resumption: the manifest head without the
    /// command (the resolved experiment, design and runs), the chunking and the shard.</summary>
    public static string Fingerprint(SweepPlan plan, SweepOptions options) =>
        SharedFingerprint(plan, options) + $"chunk={options.ChunkSize}\nshard={options.Shard?.Folder ?? "none"}\n";

    // What all shards of one sweep share: merge checks that every part carries the same.
    private static string SharedFingerprint(SweepPlan plan, SweepOptions options) =>
        "hedge sweep plan v1\n" + Encoding.UTF8.GetString(SweepManifest.Head(plan, "", withCommit: false)) + "\n" +
        $"shards={options.Shard?.Count ?? 1}\n";

    private static bool IsComplete(string dir, Shard? shard) =>
        shard is null ? File.Exists(Path.Combine(dir, "manifest.json")) : SweepPart.Read(dir) is not null;

    private static string FirstDifference(string a, string b)
    {
        var x = a.Split('\n');
        var y = b.Split('\n');
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            if (x[i] != y[i]) return $"it began with {x[i].Trim()}, now {y[i].Trim()}";
        return "its plan differs";
    }
}
