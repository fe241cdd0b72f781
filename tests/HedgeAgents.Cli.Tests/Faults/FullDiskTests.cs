using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Cli.Tests.Faults;

/// <summary>A disk that fills up while a sweep or a run writes: no final file is ever left half-written, and the
/// work resumes to the same bytes once there is space again.</summary>
[Category("LongRunning")] // fault injection, with the fuzz, the kills and the Slurm cluster
public class FullDiskTests : TempDirTest
{
    private static readonly string[] SweepFiles = ["points.csv", "runs.csv", "runs.parquet", "manifest.json"];
    private static readonly string[] RunFiles = ["rounds.csv", "engagement.csv", "summary.csv", "manifest.json"];

    private static string Baseline => Repo.Experiment("kazakhstan-baseline.yaml");

    [TearDown]
    public void RestoreTheDisk() => FileSink.Wrap = null;

    [Test]
    public void Sweep_DiskFullAtTwelveSeededMoments_NoFinalFileThenResumesToTheSameBytes()
    {
        // Given an uninterrupted sweep (100 runs in 10 chunks), its bytes written counted, then moved aside
        var target = Path.Combine(Dir, "x");
        var whole = Path.Combine(Dir, "whole");
        string[] args = ["sweep", Baseline, "--replications", "4", "--chunk-size", "10", "--threads", "1", "--quiet", "--no-figures", "--out", target];
        var counting = new FullDisk(long.MaxValue);
        FileSink.Wrap = counting.Open;
        Assert.That(Repo.Hedge(args).Exit, Is.EqualTo(0));
        FileSink.Wrap = null;
        Directory.Move(target, whole);
        Assert.That(counting.Written, Is.GreaterThan(100_000), "the disk sees the chunks and the final files");
        var finalBytes = SweepFiles.Sum(n => new FileInfo(Path.Combine(whole, n)).Length);
        var chunks = Path.Combine(target, ".sweep", "chunks");

        // When the sweep runs 12 times on a disk with a seeded space below the final files' size, so every attempt
        // fails somewhere: early ones while committing chunks, later ones while writing the final files
        var random = new Random(9_003);
        var inChunks = 0;
        var inFinal = 0;
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var space = random.NextInt64(1, finalBytes);
            FileSink.Wrap = new FullDisk(space).Open;
            var failed = Repo.Hedge([.. args, "--resume"]);
            FileSink.Wrap = null;

            // Then each fails with exit 1 saying how to continue, and no final file exists, nor a temporary one
            Assert.That(failed.Exit, Is.EqualTo(1), $"attempt {attempt}, space {space}: {failed.Err}");
            Assert.That(failed.Err, Does.Contain("No space left").And.Contain("--resume"));
            foreach (var name in SweepFiles)
                Assert.That(File.Exists(Path.Combine(target, name)), Is.False, $"space {space}: {name} exists after a failed write");
            Assert.That(Directory.GetFiles(target, "*" + AtomicFile.TempMarker + "*"), Is.Empty, $"space {space}: a temporary file is left");
            // All 10 chunks committed: the disk filled while the final files were written
            if (Directory.GetFiles(chunks, "*.csv").Length == 10) inFinal++;
            else inChunks++;
        }
        Assert.That(inChunks, Is.GreaterThan(0), "faults while committing chunks");
        Assert.That(inFinal, Is.GreaterThan(0), "faults while writing the final files");

        // And with space again, --resume finishes with the same bytes as the uninterrupted sweep
        var resumed = Repo.Hedge([.. args, "--resume"]);
        Assert.That(resumed.Exit, Is.EqualTo(0), resumed.Err);
        foreach (var name in SweepFiles)
            Assert.That(File.ReadAllBytes(Path.Combine(target, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(whole, name))), name);
        Assert.That(Directory.GetFiles(target, "*" + AtomicFile.TempMarker + "*"), Is.Empty, "no temporary file left behind");
    }

    [Test]
    public void Run_DiskFullWhileWritingOverAPreviousRun_ThePreviousFilesStayWhole()
    {
        // Given a complete run in the folder
        var target = Path.Combine(Dir, "x");
        string[] args = ["run", Baseline, "--replications", "1", "--threads", "1", "--no-figures", "--out", target];
        Assert.That(Repo.Hedge(args).Exit, Is.EqualTo(0));
        var before = RunFiles.ToDictionary(n => n, n => File.ReadAllBytes(Path.Combine(target, n)));

        // When a run with another seed writes into it and the disk fills midway (after 20,000 bytes)
        FileSink.Wrap = new FullDisk(20_000).Open;
        var failed = Repo.Hedge([.. args, "--seed", "7"]);
        FileSink.Wrap = null;

        // Then exit 1 saying nothing was replaced, and every file is still the previous complete one, no temporaries
        Assert.That(failed.Exit, Is.EqualTo(1), failed.Err);
        Assert.That(failed.Err, Does.Contain("No space left").And.Contain("Nothing was replaced"));
        foreach (var name in RunFiles)
            Assert.That(File.ReadAllBytes(Path.Combine(target, name)), Is.EqualTo(before[name]), name);
        Assert.That(Directory.GetFiles(target, "*" + AtomicFile.TempMarker + "*"), Is.Empty);

        // And with space again the run completes
        Assert.That(Repo.Hedge([.. args, "--seed", "7"]).Exit, Is.EqualTo(0));
        Assert.That(File.ReadAllBytes(Path.Combine(target, "summary.csv")), Is.Not.EqualTo(before["summary.csv"]));
    }
}
