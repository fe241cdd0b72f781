using System.Diagnostics;
using HedgeAgents.Cli.Commands.Slurm;

namespace HedgeAgents.Cli.Tests.Slurm;

/// <summary>The batch scripts <c>hedge slurm</c> writes, read as text and run by bash with a stand-in for hedge.</summary>
public class SlurmScriptsTests : TempDirTest
{
    private static SlurmJob Job(string workDir, IReadOnlyList<string> hedge, string? partition = "short", string? time = "01:30:00",
        string? mem = "3G") =>
        new("exp", "experiments/my exp.yaml", "results/it's here", workDir, hedge, 4,
            ["replications=4", "actors.KAZ.riskAversion=2"], partition, time, 3, mem);

    [Test]
    public void Array_FourTasks_RangeShardsThreadsResumeAndSets()
    {
        // Given a job of 4 tasks with two --set values and every resource
        var text = SlurmScripts.Array(Job("/shared/work dir", ["/opt/hedge/hedge"]), "hedge slurm …");

        // Then the array covers tasks 0..3, each task runs its shard of 4 with Slurm's cores, resuming, with the sets
        Assert.That(text, Does.StartWith("#!/bin/bash\n"));
        Assert.That(text, Does.Contain("#SBATCH --array=0-3\n"));
        Assert.That(text, Does.Contain("#SBATCH --cpus-per-task=3\n"));
        Assert.That(text, Does.Contain("#SBATCH --partition=short\n").And.Contain("#SBATCH --time=01:30:00\n").And.Contain("#SBATCH --mem=3G\n"));
        Assert.That(text, Does.Contain("#SBATCH --output=\"/shared/work dir/results/it's here/slurm/%A_%a.out\"\n"));
        Assert.That(text, Does.Contain("cd '/shared/work dir'\n"));
        Assert.That(text, Does.Contain("exec /opt/hedge/hedge sweep 'experiments/my exp.yaml' --out 'results/it'\\''s here'" +
            " --shard \"$SLURM_ARRAY_TASK_ID/4\" --threads \"${SLURM_CPUS_PER_TASK:-1}\" --resume" +
            " --set replications=4 --set actors.KAZ.riskAversion=2\n"));
    }

    [Test]
    public void Merge_Always_MergesTheOutFolderAndIsCancelledWhenATaskFails()
    {
        // Given a job without a partition, time or memory
        var text = SlurmScripts.Merge(Job("/w", ["/usr/bin/dotnet", "/opt/h/hedge.dll"], null, null, null), "hedge slurm …");

        // Then the merge runs hedge merge on the same folder, logs by job id, and leaves the resources to the cluster
        Assert.That(text, Does.Contain("exec /usr/bin/dotnet /opt/h/hedge.dll merge 'results/it'\\''s here'\n"));
        Assert.That(text, Does.Contain("#SBATCH --output=\"/w/results/it's here/slurm/merge-%j.out\"\n"));
        Assert.That(text, Does.Contain("#SBATCH --kill-on-invalid-dep=yes\n"));
        Assert.That(text, Does.Not.Contain("--partition").And.Not.Contain("--time").And.Not.Contain("--mem").And.Not.Contain("--array"));
    }

    [Test]
    public void Array_RunByBash_HedgeGetsEveryWordIntact()
    {
        // Given the array script of a job whose folders have spaces and a quote, and a stand-in hedge that prints its words
        var work = Path.Combine(Dir, "work dir");
        Directory.CreateDirectory(work);
        var echo = Path.Combine(Dir, "fake hedge");
        ShellScript.Write(echo, "#!/bin/sh\npwd\nfor w in \"$@\"; do echo \"[$w]\"; done\n");
        var job = Job(work, [echo]);
        SlurmScripts.Write(job, "hedge slurm …");

        // When bash runs it as Slurm would run task 2 with 3 cores
        var start = new ProcessStartInfo("bash", [job.ArrayScript]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SLURM_ARRAY_TASK_ID"] = "2";
        start.Environment["SLURM_CPUS_PER_TASK"] = "3";
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();

        // Then hedge starts in the working folder and receives each word as one argument
        Assert.That(bash.ExitCode, Is.EqualTo(0), bash.StandardError.ReadToEnd());
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            work, "[sweep]", "[experiments/my exp.yaml]", "[--out]", "[results/it's here]", "[--shard]", "[2/4]", "[--threads]", "[3]",
            "[--resume]", "[--set]", "[replications=4]", "[--set]", "[actors.KAZ.riskAversion=2]",
        }));
    }

    [Test]
    public void Write_Twice_OnlyTheTwoScriptsRemain()
    {
        // Given scripts written twice into the same folder (a second hedge slurm with other options)
        var job = Job(Dir, ["/opt/hedge"]);
        SlurmScripts.Write(job, "first");
        SlurmScripts.Write(job with { Tasks = 7 }, "second");

        // Then the folder holds the two latest scripts and no temporary file
        Assert.That(Directory.GetFiles(job.SlurmDir).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "merge.sbatch", "sweep.sbatch" }));
        Assert.That(File.ReadAllText(job.ArrayScript), Does.Contain("--array=0-6").And.Contain("# Written by: second"));
    }

    [TestCase(new[] { 2 }, "2")]
    [TestCase(new[] { 5, 0, 1, 2, 7, 8 }, "0-2,5,7-8")]
    [TestCase(new[] { 3, 3, 4 }, "3-4")]
    public void Ranges_TaskIds_AsSlurmWritesThem(int[] ids, string expected) =>
        Assert.That(SlurmScripts.Ranges(ids), Is.EqualTo(expected));

    [TestCase("/plain/path-1.yaml", "/plain/path-1.yaml")]
    [TestCase("with space", "'with space'")]
    [TestCase("it's", "'it'\\''s'")]
    [TestCase("$HOME", "'$HOME'")]
    [TestCase("", "''")]
    public void Quote_Word_SafeForTheShell(string word, string expected) =>
        Assert.That(SlurmScripts.Quote(word), Is.EqualTo(expected));

    [TestCase("1234\n", 1234L)]
    [TestCase("1234;cluster\n", 1234L)]
    [TestCase("", null)]
    [TestCase("sbatch: error\n", null)]
    public void ParseJobId_SbatchParsableOutput(string output, long? expected) =>
        Assert.That(Sbatch.ParseJobId(output), Is.EqualTo(expected));

    [Test]
    public void ParseTaskStates_SqueueLines_StateByTaskSkippingPendingRanges()
    {
        var states = Sbatch.ParseTaskStates("11_3 COMPLETED\n11_2 FAILED\n11_[4-9] PENDING\n11_0 TIMEOUT\n");
        Assert.That(states, Is.EqualTo(new Dictionary<int, string> { [0] = "TIMEOUT", [2] = "FAILED", [3] = "COMPLETED" }));
    }
}
