using System.Diagnostics;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Cli.Tests;

/// <summary>End-to-end sweeps of the baseline's grid: the same bytes whatever the threads, the interruptions and the
/// sharding, as a scholar would run them.</summary>
public class SweepCommandTests : TempDirTest
{
    private static readonly string[] DataFiles = ["points.csv", "runs.csv", "runs.parquet"];

    private static string Baseline => Repo.Experiment("kazakhstan-baseline.yaml");

    private static void AssertSameFiles(string expected, string actual, bool manifestToo)
    {
        foreach (var name in manifestToo ? [.. DataFiles, "manifest.json"] : DataFiles)
            Assert.That(File.ReadAllBytes(Path.Combine(actual, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(expected, name))), name);
    }

    [Test]
    public void Sweep_Baseline_WritesTheFourFilesWithOneRowPerRunAndActor()
    {
        // Given the baseline's 5 × 5 grid with 2 replications
        var (exit, _, err) = Repo.Hedge("sweep", Baseline, "--replications", "2", "--out", Dir, "--quiet");

        // Then runs.csv has a row per point × replication × choosing actor and a column per swept path
        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(Directory.GetFiles(Dir).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(),
            Is.EqualTo(new[] { "manifest.json", "points.csv", "runs.csv", "runs.parquet" }));
        var runs = File.ReadAllLines(Path.Combine(Dir, "runs.csv"));
        Assert.That(runs[0], Does.StartWith("point,replication,seed,actors.KAZ.regulatoryCapacity,actors.KAZ.riskAversion,actor,share_balancing,"));
        Assert.That(runs.Length - 1, Is.EqualTo(25 * 2 * 5));
        Assert.That(runs.Skip(1).Select(l => l.Split(',')[2]).Distinct().Count(), Is.EqualTo(50), "every run its own seed");
        var points = File.ReadAllLines(Path.Combine(Dir, "points.csv"));
        Assert.That(points.Length - 1, Is.EqualTo(25 * 5));
        var manifest = File.ReadAllText(Path.Combine(Dir, "manifest.json"));
        Assert.That(manifest, Does.Contain("\"design\": \"grid\"").And.Contain("\"runs\": 50").And.Contain("\"runs.parquet\""));
        Assert.That(Directory.Exists(Path.Combine(Dir, ".sweep")), Is.False, "the chunks are gone once the sweep is complete");
    }

    [Test]
    public void Sweep_OneThreadAndTwoThreads_IdenticalBytes()
    {
        // Given the same sweep into the same folder name, once on one thread and once on two
        var one = Path.Combine(Dir, "one");
        Assert.That(Repo.Hedge("sweep", Baseline, "--replications", "3", "--out", Dir + "/x", "--threads", "1", "--quiet", "--chunk-size", "7").Exit, Is.EqualTo(0));
        Directory.Move(Dir + "/x", one);
        Assert.That(Repo.Hedge("sweep", Baseline, "--replications", "3", "--out", Dir + "/x", "--threads", "2", "--quiet").Exit, Is.EqualTo(0));

        // Then every file, the manifest included, is byte-identical (and the chunk size does not matter either)
        AssertSameFiles(one, Dir + "/x", manifestToo: true);
    }

    [Test]
    public void Sweep_ThreeShardsMerged_IdenticalToTheUnshardedSweep()
    {
        // Given the unsharded sweep, moved aside, and three shards into the same folder name, then merged
        var whole = Path.Combine(Dir, "whole");
        var target = Path.Combine(Dir, "x");
        Assert.That(Repo.Hedge("sweep", Baseline, "--replications", "2", "--out", target, "--quiet").Exit, Is.EqualTo(0));
        Directory.Move(target, whole);
        foreach (var i in new[] { 2, 0, 1 })
        {
            var (exit, stdout, err) = Repo.Hedge("sweep", Baseline, "--replications", "2", "--out", target, "--shard", $"{i}/3", "--quiet");
            Assert.That(exit, Is.EqualTo(0), err);
            Assert.That(stdout, Does.Contain($"part-{i}-of-3"));
        }
        var merged = Repo.Hedge("merge", target);

        // Then the merged files are byte-identical to the unsharded ones
        Assert.That(merged.Exit, Is.EqualTo(0), merged.Err);
        Assert.That(merged.Out, Does.Contain("merged 50 runs"));
        AssertSameFiles(whole, target, manifestToo: true);
    }

    [Test]
    public void Merge_PartMissingOrIncomplete_RefusedNamingThePartAndTheCommand()
    {
        // Given shards 0 and 2 of 3 done, shard 1 never run
        var target = Path.Combine(Dir, "x");
        foreach (var i in new[] { 0, 2 })
            Assert.That(Repo.Hedge("sweep", Baseline, "--replications", "1", "--out", target, "--shard", $"{i}/3", "--quiet").Exit, Is.EqualTo(0));

        // When merged
        var (exit, _, err) = Repo.Hedge("merge", target);

        // Then it is refused, naming the missing part and how to make it, and writes nothing
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("part 1 of 3 is missing").And.Contain("--shard 1/3"));
        Assert.That(File.Exists(Path.Combine(target, "runs.csv")), Is.False);
    }

    [Test]
    public void Merge_PartsOfDifferentExperiments_Refused()
    {
        // Given two shards of one sweep and one of the same sweep with another seed
        var target = Path.Combine(Dir, "x");
        Assert.That(Repo.Hedge("sweep", Baseline, "--replications", "1", "--out", target, "--shard", "0/2", "--quiet").Exit, Is.EqualTo(0));
        Assert.That(Repo.Hedge("sweep", Baseline, "--replications", "1", "--out", target, "--shard", "1/2", "--seed", "9", "--quiet").Exit, Is.EqualTo(0));

        // When merged / Then refused: the parts come from different plans
        var (exit, _, err) = Repo.Hedge("merge", target);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("different experiments or options"));
    }

    [Test]
    [Category("LongRunning")] // kill and resume: 9 s
    public void Sweep_KilledAtARandomMomentThenResumed_IdenticalToAnUninterruptedSweep()
    {
        // Given an uninterrupted sweep, moved aside
        var target = Path.Combine(Dir, "x");
        var whole = Path.Combine(Dir, "whole");
        string[] args = ["sweep", Baseline, "--replications", "24", "--out", target, "--chunk-size", "10", "--quiet"];
        Reference(args, target, whole);

        // When the same sweep runs as a process that is killed (SIGKILL) after a random share of its 60 chunks
        using (var process = StartAndWait(args, target, new Random(TestContext.CurrentContext.Random.Next()).Next(1, 40)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        Assert.That(File.Exists(Path.Combine(target, "runs.csv")), Is.False, "a killed sweep leaves no final file");

        // Then a plain rerun is refused (it would discard work), and --resume finishes with identical bytes
        var refused = Repo.Hedge(args);
        Assert.That(refused.Exit, Is.EqualTo(2));
        Assert.That(refused.Err, Does.Contain("interrupted sweep").And.Contain("--resume"));
        var resumed = Repo.Hedge([.. args, "--resume"]);
        Assert.That(resumed.Exit, Is.EqualTo(0), resumed.Err);
        AssertSameFiles(whole, target, manifestToo: true);
    }

    [Test]
    [Category("LongRunning")]
    public void Sweep_KilledAtTwentySeededMomentsResumingEachTime_IdenticalToAnUninterruptedSweep()
    {
        // Given an uninterrupted sweep of 60 chunks, moved aside
        var target = Path.Combine(Dir, "x");
        var whole = Path.Combine(Dir, "whole");
        string[] args = ["sweep", Baseline, "--replications", "24", "--out", target, "--chunk-size", "10", "--quiet", "--no-figures", "--threads", "2"];
        Reference(args, target, whole);
        var chunks = Path.Combine(target, ".sweep", "chunks");
        var random = new Random(20_009);

        // When it runs as a process killed with SIGKILL 20 times, each after a seeded 1–2 more chunks and a seeded
        // 0–40 ms more (so some kills land while a chunk is being written), resuming with --resume each time
        for (var kill = 0; kill < 20; kill++)
        {
            var done = Directory.Exists(chunks) ? Directory.GetFiles(chunks, "*.csv").Length : 0;
            using var process = StartAndWait(kill == 0 ? args : [.. args, "--resume"], target, done + random.Next(1, 3));
            Thread.Sleep(random.Next(0, 41));
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.That(File.Exists(Path.Combine(target, "runs.csv")), Is.False, $"kill {kill}: a killed sweep leaves no final file");
        }

        // Then a last --resume finishes with the same bytes, manifest included, and no chunk or temporary is left
        var resumed = Repo.Hedge([.. args, "--resume"]);
        Assert.That(resumed.Exit, Is.EqualTo(0), resumed.Err);
        AssertSameFiles(whole, target, manifestToo: true);
        Assert.That(Directory.Exists(Path.Combine(target, ".sweep")), Is.False);
        Assert.That(Directory.GetFiles(target, "*" + AtomicFile.TempMarker + "*"), Is.Empty);
    }

    [Test]
    public void Sweep_CtrlC_StopsWithExit130KeepingTheCommittedChunksAndNamingTheResumeCommand()
    {
        // Given a sweep that cannot end before the signal (2.5 million runs), running as a process
        var target = Path.Combine(Dir, "x");
        string[] args = ["sweep", Baseline, "--replications", "100000", "--out", target, "--chunk-size", "10", "--quiet", "--no-figures"];

        // When it gets SIGINT (Ctrl-C) once it has committed its first chunk
        string stderr;
        int exit;
        using (var process = StartAndWait(args, target, 1))
        {
            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
            stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            exit = process.ExitCode;
        }

        // Then it exits 130 with the command that continues it, keeps the chunks it committed and writes no final file
        // (that a resumed sweep ends with the uninterrupted bytes is SweepSessionTests' and the kill tests' business)
        var resume = HedgeAgents.Reporting.Reproduction.CommandLineQuoting.Join(["hedge", "sweep", Baseline, "--out", target, "--set", "replications=100000"]) + " --resume";
        Assert.That(exit, Is.EqualTo(130), stderr);
        Assert.That(stderr, Does.Contain($"hedge sweep: stopped; the runs committed so far are kept. Continue with: {resume}"));
        Assert.That(FolderEvents.CommittedChunks(target), Is.GreaterThanOrEqualTo(1));
        Assert.That(Directory.GetFiles(target).Select(Path.GetFileName), Has.None.AnyOf("runs.csv", "points.csv", "runs.parquet", "manifest.json"));
    }

    [Test]
    public void Sweep_FolderHeldByARunningSweep_SecondIsRefusedNamingTheFirst()
    {
        // Given a long sweep running as a process
        var target = Path.Combine(Dir, "x");
        using var process = Start("sweep", Baseline, "--replications", "100000", "--out", target, "--quiet", "--threads", "1");
        var owner = Path.Combine(target, ".sweep.owner");
        Assert.That(FolderEvents.WaitUntil(Dir, () => File.Exists(owner), process), Is.True, "the sweep ended before it held the folder");
        try
        {
            // When a second sweep targets the same folder
            var (exit, _, err) = Repo.Hedge("sweep", Baseline, "--replications", "100000", "--out", target, "--resume", "--quiet");

            // Then it is refused naming the first one: its process id and its command
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(err, Does.Contain("in use by another sweep").And.Contain($"pid {process.Id}").And.Contain($"hedge sweep {Baseline} --out {target}"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    [TestCase("--shard", "3/3", "index must lie in 0..2")]
    [TestCase("--shard", "a/b", "expected i/n")]
    [TestCase("--threads", "0", "--threads")]
    public void Sweep_BadOption_ExitTwo(string option, string value, string expected)
    {
        var (exit, _, err) = Repo.Hedge("sweep", Baseline, option, value, "--out", Dir);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain(expected));
        Assert.That(Directory.Exists(Dir), Is.False);
    }

    [Test]
    public void Sweep_BadParameterPathInTheFile_ExitTwoWithNearestPaths()
    {
        // Given a copy of the baseline whose sweep names a misspelt path
        Directory.CreateDirectory(Dir);
        var file = Path.Combine(Dir, "typo.yaml");
        File.WriteAllText(file, File.ReadAllText(Baseline).Replace("actors.KAZ.riskAversion: [1", "actors.KAZ.riskAverson: [1"));

        // When swept
        var (exit, _, err) = Repo.Hedge("sweep", file, "--out", Path.Combine(Dir, "out"));

        // Then exit 2 at the line of the path, naming the nearest valid paths
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Match(@"typo\.yaml:\d+:\d+: sweep\.parameters\.actors\.KAZ\.riskAverson: .*nearest valid paths: actors\.KAZ\.riskAversion"));
        Assert.That(Directory.Exists(Path.Combine(Dir, "out")), Is.False);
    }

    /// <summary>Runs the sweep of <paramref name="args"/> (whose --out is <paramref name="target"/>) uninterrupted and
    /// moves it to <paramref name="whole"/>, to compare an interrupted one with.</summary>
    private static void Reference(string[] args, string target, string whole)
    {
        Assert.That(Repo.Hedge(args).Exit, Is.EqualTo(0));
        Directory.Move(target, whole);
    }

    /// <summary>Starts the sweep as a process and waits, on file events, until it has committed <paramref name="chunks"/> chunks.</summary>
    private Process StartAndWait(string[] args, string target, int chunks)
    {
        var process = Start(args);
        var reached = FolderEvents.WaitUntil(Dir, () => FolderEvents.CommittedChunks(target) >= chunks, process);
        Assert.That(reached && !process.HasExited, Is.True, "the sweep ended before it could be interrupted; make it longer");
        return process;
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Repo.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "hedge.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }
}
