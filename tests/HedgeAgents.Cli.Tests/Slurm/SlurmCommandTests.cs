namespace HedgeAgents.Cli.Tests.Slurm;

/// <summary><c>hedge slurm</c> without a cluster: argument checking, the printed commands, and submission through a
/// stand-in <c>sbatch</c> put first on PATH.</summary>
public class SlurmCommandTests : TempDirTest
{
    private static string Experiment => Repo.Experiment("04-redundancy-denial.yaml");

    // 04-redundancy-denial's grid has 5 points; with 4 replications the sweep has 20 runs.
    private string[] Args(params string[] more) =>
        ["slurm", Experiment, "--out", Path.Combine(Dir, "out"), "--set", "replications=4", .. more];

    [TestCase(new[] { "--tasks", "0" }, "--tasks 0: must be at least 1")]
    [TestCase(new[] { "--tasks", "21" }, "the sweep has 20 runs; use at most 20 tasks")]
    [TestCase(new[] { "--tasks", "4", "--time", "2h" }, "--time 2h: expected HH:MM:SS")]
    [TestCase(new[] { "--tasks", "4", "--time", "1:75:00" }, "--time 1:75:00: expected HH:MM:SS")]
    [TestCase(new[] { "--tasks", "4", "--mem", "lots" }, "--mem lots: expected a number")]
    [TestCase(new[] { "--tasks", "4", "--cpus-per-task", "0" }, "--cpus-per-task 0: must be at least 1")]
    [TestCase(new[] { "--tasks", "4", "--partition", "a b" }, "--partition a b: expected a partition name")]
    [TestCase(new[] { "--tasks", "4", "--wait" }, "--wait: needs --submit")]
    [TestCase(new[] { "--tasks", "4", "--hedge", "/no/such/hedge" }, "--hedge /no/such/hedge: no such file")]
    [TestCase(new[] { "--tasks", "4", "--set", "actors.KAZ.noSuchThing=1" }, "actors.KAZ.noSuchThing")]
    public void Slurm_BadInput_Exit2AndNothingWritten(string[] more, string message)
    {
        // When hedge slurm is given a bad argument or value
        var (exit, _, err) = Repo.Hedge(Args(more));

        // Then it exits 2 naming the problem, and writes no script
        Assert.That(exit, Is.EqualTo(2), err);
        Assert.That(err, Does.Contain(message));
        Assert.That(Directory.Exists(Dir), Is.False);
    }

    [Test]
    public void Slurm_MissingTasks_Exit2()
    {
        var (exit, _, err) = Repo.Hedge("slurm", Experiment, "--out", Dir);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("--tasks"));
    }

    [Test]
    public void Slurm_WithoutSubmit_WritesBothScriptsAndPrintsTheCommands()
    {
        // When the scripts are only written
        var (exit, stdout, err) = Repo.Hedge(Args("--tasks", "4"));

        // Then both scripts exist, and the output says how to submit them together and how to resubmit failed tasks
        Assert.That(exit, Is.EqualTo(0), err);
        var slurm = Path.Combine(Dir, "out", "slurm");
        Assert.That(File.ReadAllText(Path.Combine(slurm, "sweep.sbatch")), Does.Contain("--array=0-3").And.Contain("--set replications=4"));
        Assert.That(File.Exists(Path.Combine(slurm, "merge.sbatch")));
        Assert.That(stdout, Does.Contain($"array=$(sbatch --parsable {slurm}/sweep.sbatch) && sbatch --dependency=afterok:${{array%%;*}} {slurm}/merge.sbatch"));
        Assert.That(stdout, Does.Contain("sbatch --parsable --array=<failed task ids"));
    }

    [Test]
    public void Submit_SbatchMissing_Exit1SayingWhereToRunIt()
    {
        // Given a PATH without sbatch
        var (exit, _, err) = WithPath(Path.Combine(Dir, "empty"), () => Repo.Hedge(Args("--tasks", "4", "--submit")));

        // Then it fails, says so, and gives the command that submits the scripts it wrote
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(err, Does.Contain("sbatch is not on PATH").And.Contain("array=$(sbatch --parsable"));
        Assert.That(File.Exists(Path.Combine(Dir, "out", "slurm", "sweep.sbatch")));
    }

    [Test]
    public void Submit_SbatchRefuses_Exit1WithItsMessage()
    {
        // Given an sbatch that refuses every job, as for an unknown partition
        var bin = FakeSbatch("echo 'sbatch: error: Batch job submission failed: Invalid partition name specified' >&2; exit 1");

        // When submitting
        var (exit, _, err) = WithPath(bin + ":/usr/bin:/bin", () => Repo.Hedge(Args("--tasks", "4", "--partition", "nope", "--submit")));

        // Then it fails with sbatch's own message and what to do
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(err, Does.Contain("Invalid partition name specified").And.Contain("nothing was submitted"));
    }

    [Test]
    public void Submit_SbatchAccepts_ArrayFirstThenMergeDependingOnItsId()
    {
        // Given an sbatch that records its arguments and answers with the next job id
        var log = Path.Combine(Dir, "sbatch.log");
        var bin = FakeSbatch($"echo \"$*\" >> '{log}'; n=$(wc -l < '{log}'); echo \"$((n + 99));cluster\"");

        // When submitting
        var (exit, stdout, err) = WithPath(bin + ":/usr/bin:/bin", () => Repo.Hedge(Args("--tasks", "4", "--submit")));

        // Then the array is submitted, then the merge with afterok on the array's id, and both ids are printed
        Assert.That(exit, Is.EqualTo(0), err);
        var slurm = Path.Combine(Dir, "out", "slurm");
        Assert.That(File.ReadAllLines(log), Is.EqualTo(new[]
        {
            $"--parsable {slurm}/sweep.sbatch",
            $"--parsable --dependency=afterok:100 {slurm}/merge.sbatch",
        }));
        Assert.That(stdout, Does.Contain("array job 100: 4 task(s)").And.Contain("merge job 101: runs when every task has succeeded"));
        Assert.That(stdout, Does.Contain($"logs {slurm}/100_<task>.out"));
    }

    private string FakeSbatch(string body)
    {
        var bin = Path.Combine(Dir, "bin");
        Directory.CreateDirectory(bin);
        var sbatch = Path.Combine(bin, "sbatch");
        ShellScript.Write(sbatch, "#!/bin/sh\n" + body + "\n");
        return bin;
    }

    // The command looks sbatch up on PATH; the tests of this assembly run one at a time, so changing it here is safe.
    private static T WithPath<T>(string search, Func<T> action)
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        Environment.SetEnvironmentVariable("PATH", search);
        try
        {
            return action();
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
        }
    }
}
