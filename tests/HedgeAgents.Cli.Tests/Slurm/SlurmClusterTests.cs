using System.Diagnostics;
using HedgeAgents.Cli.Commands.Slurm;

namespace HedgeAgents.Cli.Tests.Slurm;

/// <summary><c>hedge slurm --submit --wait</c> against a real one-node Slurm cluster started for these tests: the jobs
/// run the <c>hedge.dll</c> beside this test assembly with <c>dotnet</c>, as a scholar's jobs run a checkout's build.</summary>
[Category("Slurm")]
[Category("LongRunning")] // starts a one-node Slurm cluster: about 40 s
[NonParallelizable]
public class SlurmClusterTests : TempDirTest
{
    private LocalSlurmCluster? _cluster;
    private readonly Dictionary<string, string?> _savedEnvironment = [];

    private static string Experiment => Repo.Experiment("04-redundancy-denial.yaml");

    private static readonly string[] SweepFiles = ["runs.csv", "points.csv", "runs.parquet", "manifest.json"];

    [OneTimeSetUp]
    public void StartCluster()
    {
        if (LocalSlurmCluster.Unavailable() is { } reason)
        {
            // CI installs Slurm (.ci/run), so there a missing Slurm is a broken set-up, never a reason to pass quietly.
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"CI=true, but the Slurm cluster cannot start: {reason}");
            Assert.Ignore($"Slurm integration tests skipped: {reason}");
        }
        var clock = Stopwatch.StartNew();
        _cluster = LocalSlurmCluster.Start();
        TestContext.Progress.WriteLine($"Slurm cluster up in {clock.Elapsed.TotalSeconds:F1} s ({_cluster.Dir})");
        // The command under test runs sbatch and squeue from this process, which must point them at this cluster;
        // the jobs inherit this environment (sbatch --export=ALL), and Slurm jobs need HOME.
        SetEnvironment("SLURM_CONF", _cluster.Conf);
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("HOME"))) SetEnvironment("HOME", "/root");
    }

    [OneTimeTearDown]
    public void StopCluster()
    {
        _cluster?.Dispose();
        foreach (var (name, value) in _savedEnvironment) Environment.SetEnvironmentVariable(name, value);
    }

    [Test]
    public void Submit_FourTasksAndTheMerge_ByteIdenticalToTheSweepOnOneMachine()
    {
        // Given the sweep run on this machine into a folder (with a space in its path), moved aside
        var target = Path.Combine(Dir, "shared fs", "out");
        var whole = Reference(target);

        // When the same sweep runs as a 4-task array plus the merge on the cluster, waited for
        var clock = Stopwatch.StartNew();
        var (exit, stdout, err) = Repo.Hedge("slurm", Experiment, "--tasks", "4", "--out", target, "--set", "replications=4",
            "--partition", "debug", "--time", "00:10:00", "--submit", "--wait");
        TestContext.Progress.WriteLine($"hedge slurm --submit --wait: {clock.Elapsed.TotalSeconds:F1} s");

        // Then it succeeds, every task logged into <out>/slurm/, and the merged files are the one-machine files, byte for byte
        Assert.That(exit, Is.EqualTo(0), $"{stdout}\n{err}\n{Logs(target)}");
        Assert.That(stdout, Does.Match(@"array job \d+: 4 task\(s\)").And.Match(@"merge job \d+ completed"));
        Assert.That(Directory.GetFiles(Path.Combine(target, "slurm"), "*_*.out"), Has.Length.EqualTo(4));
        AssertSameFiles(whole, target);
    }

    [Test]
    public void Submit_ATaskFails_MergeDoesNotRunThenResubmittedTaskAndMergeComplete()
    {
        // Given a hedge that fails in task 2 while a marker file exists (an injected failure, as a node crash would be)
        var target = Path.Combine(Dir, "out");
        var whole = Reference(target);
        var marker = Path.Combine(Dir, "fail-task-2");
        File.WriteAllText(marker, "");
        var wrapper = Path.Combine(Dir, "failing-hedge");
        ShellScript.Write(wrapper, "#!/bin/sh\n" +
            $"if [ \"${{SLURM_ARRAY_TASK_ID:-}}\" = 2 ] && [ -e {SlurmScripts.Quote(marker)} ]; then echo 'injected failure' >&2; exit 3; fi\n" +
            $"exec {string.Join(' ', HedgeExecutable.Current().Select(SlurmScripts.Quote))} \"$@\"\n");

        // When the array and the merge are submitted and waited for
        var (exit, stdout, err) = Repo.Hedge("slurm", Experiment, "--tasks", "4", "--out", target, "--set", "replications=4",
            "--hedge", wrapper, "--submit", "--wait");

        // Then the command fails naming task 2, the merge did not run, and the resubmission of task 2 alone is printed
        Assert.That(exit, Is.EqualTo(1), $"{stdout}\n{err}\n{Logs(target)}");
        Assert.That(err, Does.Contain("1 of 4 task(s)").And.Contain(": 2 (FAILED)").And.Contain("did not run (CANCELLED)"));
        Assert.That(File.Exists(Path.Combine(target, "runs.csv")), Is.False, "the merge must not have run");
        var resubmit = err.Split('\n').Single(l => l.TrimStart().StartsWith("array=$(sbatch --parsable --array=2 ", StringComparison.Ordinal));

        // When the cause is gone and the printed line is run (the merge waited for here with --wait)
        File.Delete(marker);
        var shell = new ProcessStartInfo("bash", ["-c", resubmit.Replace("&& sbatch ", "&& sbatch --wait ", StringComparison.Ordinal)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var bash = Process.Start(shell)!)
        {
            var output = bash.StandardOutput.ReadToEnd() + bash.StandardError.ReadToEnd();
            bash.WaitForExit();
            Assert.That(bash.ExitCode, Is.EqualTo(0), output);
        }

        // Then task 2 alone ran (the others' shards were kept) and the merged files are the one-machine files
        AssertSameFiles(whole, target);
    }

    // The sweep on this machine, in process, into target's name (the manifest records the --out given), moved aside.
    private static string Reference(string target)
    {
        var (exit, _, err) = Repo.Hedge("sweep", Experiment, "--out", target, "--set", "replications=4", "--no-figures", "--quiet");
        Assert.That(exit, Is.EqualTo(0), err);
        var whole = target + "-one-machine";
        Directory.Move(target, whole);
        return whole;
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        foreach (var name in SweepFiles)
            Assert.That(File.ReadAllBytes(Path.Combine(actual, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(expected, name))), name);
    }

    private string Logs(string target)
    {
        var slurm = Path.Combine(target, "slurm");
        var jobs = Directory.Exists(slurm)
            ? string.Join('\n', Directory.GetFiles(slurm, "*.out").Order().Select(f => $"== {f}\n{File.ReadAllText(f)}"))
            : "";
        return jobs + "\n" + _cluster?.Logs();
    }

    private void SetEnvironment(string name, string value)
    {
        _savedEnvironment.TryAdd(name, Environment.GetEnvironmentVariable(name));
        Environment.SetEnvironmentVariable(name, value);
    }
}
