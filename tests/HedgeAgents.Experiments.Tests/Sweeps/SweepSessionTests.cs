using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Sweeps;
using HedgeAgents.Experiments.Tests.Games;

namespace HedgeAgents.Experiments.Tests.Sweeps;

/// <summary>A sweep stopped on request (Ctrl-C cancels the token) keeps its committed chunks and resumes to the bytes
/// of an uninterrupted sweep. The token is cancelled at a known run, so the test cannot race its sweep; the CLI test
/// of Ctrl-C checks the signal, the exit code and the message.</summary>
public class SweepSessionTests
{
    private static readonly string[] Files = ["points.csv", "runs.csv", "runs.parquet", "manifest.json"];
    private string _dir = "";

    [SetUp]
    public void CreateDir() => _dir = Path.Combine(Path.GetTempPath(), "hedge-session-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void Clean()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static SweepOptions Options(string outDir, bool resume) =>
        new(outDir, Threads: 2, resume, Shard: null, Command: "hedge sweep experiments/kazakhstan-baseline.yaml --out x", ChunkSize: 10);

    [Test]
    public void Run_CancelledInItsThirdChunkThenResumed_KeepsTwoChunksAndEndsIdenticalToAnUninterruptedSweep()
    {
        // Given the baseline's 5 × 5 grid at 4 replications (100 runs, chunks of 10), swept uninterrupted and moved aside
        var plan = new SweepPlan(ExperimentLoader.Load(Path.Combine(GameTestSupport.Root, "experiments", "kazakhstan-baseline.yaml"), ["replications=4"]));
        var target = Path.Combine(_dir, "x");
        var whole = Path.Combine(_dir, "whole");
        Assert.That(SweepSession.Run(plan, Options(target, resume: false), null, null, CancellationToken.None), Is.EqualTo(SweepOutcome.Completed));
        Directory.Move(target, whole);

        // When the same sweep is cancelled as its 25th run ends (in the third chunk), then resumed
        using var cancel = new CancellationTokenSource();
        long done = 0;
        var stopped = SweepSession.Run(plan, Options(target, resume: false), null,
            n => { if (Interlocked.Add(ref done, n) >= 25) cancel.Cancel(); }, cancel.Token);
        var chunks = Directory.GetFiles(Path.Combine(target, ".sweep", "chunks"), "*.csv").Select(Path.GetFileName).Order().ToArray();
        var finalFiles = Files.Where(f => File.Exists(Path.Combine(target, f))).ToArray();
        var resumed = SweepSession.Run(plan, Options(target, resume: true), null, null, CancellationToken.None);

        // Then the stop kept the two chunks committed before it and no final file; the resumption completes with the
        // same bytes, manifest included, and leaves no chunk behind
        Assert.That(stopped, Is.EqualTo(SweepOutcome.Cancelled));
        Assert.That(chunks, Is.EqualTo(new[] { "000000000000-000000000010.csv", "000000000010-000000000020.csv" }));
        Assert.That(finalFiles, Is.Empty);
        Assert.That(resumed, Is.EqualTo(SweepOutcome.Completed));
        foreach (var name in Files)
            Assert.That(File.ReadAllBytes(Path.Combine(target, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(whole, name))), name);
        Assert.That(Directory.Exists(Path.Combine(target, ".sweep")), Is.False);
    }
}
