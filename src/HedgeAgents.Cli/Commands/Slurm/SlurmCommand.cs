using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using HedgeAgents.Experiments.Sweeps;
using HedgeAgents.Experiments.Sweeps.Output;
using HedgeAgents.Reporting.Reproduction;

namespace HedgeAgents.Cli.Commands.Slurm;

/// <summary><c>hedge slurm</c>: writes a sweep as a Slurm job array (task i runs shard i/N) plus a merge job that runs
/// only when every task has succeeded, and submits them or prints how to.</summary>
internal static partial class SlurmCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = ExperimentInput.FileArgument();
        var tasks = new Option<int>("--tasks") { Description = "array tasks, one shard of the sweep each", Required = true };
        var output = new Option<string?>("--out") { Description = "output folder (default: results/<name>/sweep/); scripts and logs go to <out>/slurm/" };
        var partition = new Option<string?>("--partition") { Description = "Slurm partition (default: the cluster's)" };
        var time = new Option<string?>("--time") { Description = "time limit per task, HH:MM:SS or D-HH:MM:SS (default: the partition's)" };
        var cpus = new Option<int>("--cpus-per-task") { Description = "cores per task; each task's sweep runs that many threads", DefaultValueFactory = _ => 1 };
        var mem = new Option<string?>("--mem") { Description = "memory per task, e.g. 2G (default: the partition's)" };
        var hedge = new Option<string?>("--hedge") { Description = "the hedge executable (or hedge.dll) the jobs run (default: this one)" };
        var submit = new Option<bool>("--submit") { Description = "submit the array and the merge with sbatch and print their job ids" };
        var wait = new Option<bool>("--wait") { Description = "with --submit: wait for the merge; exit 1 naming the failed tasks if it did not run" };
        var set = ExperimentInput.SetOption();
        var command = new Command("slurm", """
            Run the experiment's sweep on a Slurm cluster: write an array script (task i runs hedge sweep --shard i/N --resume)
            and a merge script (hedge merge, after every task succeeded) into <out>/slurm/, then submit them or print how.
            Example: hedge slurm experiments/kazakhstan-baseline.yaml --tasks 16 --cpus-per-task 4 --time 02:00:00 --submit
            """)
        {
            file, tasks, output, partition, time, cpus, mem, hedge, set, submit, wait,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var sets = parse.GetValue(set) ?? [];
            var n = parse.GetValue(tasks);
            var problems = new List<string>();
            if (n < 1) problems.Add($"--tasks {n}: must be at least 1");
            var cores = parse.GetValue(cpus);
            if (cores < 1) problems.Add($"--cpus-per-task {cores}: must be at least 1");
            var limit = parse.GetValue(time);
            if (limit is not null && !TimeFormat().IsMatch(limit)) problems.Add($"--time {limit}: expected HH:MM:SS or D-HH:MM:SS, e.g. 02:30:00");
            var memory = parse.GetValue(mem);
            if (memory is not null && !MemFormat().IsMatch(memory)) problems.Add($"--mem {memory}: expected a number with an optional unit K, M, G or T, e.g. 4G");
            var part = parse.GetValue(partition);
            if (part is not null && !PartitionFormat().IsMatch(part)) problems.Add($"--partition {part}: expected a partition name (letters, digits, - _ . and commas)");
            var hedgePath = parse.GetValue(hedge);
            if (hedgePath is not null && !File.Exists(hedgePath)) problems.Add($"--hedge {hedgePath}: no such file");
            var submitting = parse.GetValue(submit);
            var waiting = parse.GetValue(wait);
            if (waiting && !submitting) problems.Add("--wait: needs --submit (it waits for the jobs it submitted)");
            foreach (var p in problems) stderr.WriteLine($"hedge slurm: {p}");
            if (problems.Count > 0) return CliApp.BadInput;

            var config = ExperimentInput.LoadSweep(path, sets, stderr);
            if (config is null) return CliApp.BadInput;
            var runs = new SweepPlan(config).Runs;
            if (n > runs)
            {
                // A task with no runs would only queue, start and stop; fewer tasks give the same files.
                stderr.WriteLine($"hedge slurm: --tasks {n}: the sweep has {runs} runs; use at most {runs} tasks");
                return CliApp.BadInput;
            }
            var outDir = parse.GetValue(output) ?? Path.Combine("results", config.Name, "sweep");
            var job = new SlurmJob(config.Name, path, outDir, Environment.CurrentDirectory,
                hedgePath is null ? HedgeExecutable.Current() : HedgeExecutable.FromOption(hedgePath),
                n, sets, part, limit, cores, memory);
            if (job.SlurmDir.Contains('"') || config.Name.Contains('"'))
            {
                // sbatch reads #SBATCH values in double quotes and has no escape for one inside.
                stderr.WriteLine($"hedge slurm: {job.SlurmDir}: a double quote cannot be written into an #SBATCH line; choose another --out");
                return CliApp.BadInput;
            }

            var writtenBy = CommandLineQuoting.Join(new[] { "hedge", "slurm", path, "--tasks", n.ToString(CultureInfo.InvariantCulture), "--out", outDir }
                .Concat(sets.SelectMany(x => new[] { "--set", x })));
            SlurmScripts.Write(job, writtenBy);
            stdout.WriteLine($"wrote {job.ArrayScript} (array of {n} tasks: task i runs shard i/{n}) and {job.MergeScript}");
            if (!submitting)
            {
                stdout.WriteLine("submit both (the merge runs only when every task has succeeded):");
                stdout.WriteLine("  " + SlurmScripts.SubmitBoth(job));
                PrintResubmission(stdout, job, "<array id>", null);
                return CliApp.Ok;
            }
            return Submit(job, waiting, stdout, stderr);
        });
        return command;
    }

    private static int Submit(SlurmJob job, bool waiting, TextWriter stdout, TextWriter stderr)
    {
        var array = Sbatch.Run("sbatch", ["--parsable", job.ArrayScript]);
        if (array is null)
        {
            stderr.WriteLine("hedge slurm: sbatch is not on PATH: run hedge slurm --submit on the cluster's login node, or submit the scripts there with:");
            stderr.WriteLine("  " + SlurmScripts.SubmitBoth(job));
            return CliApp.Failure;
        }
        if (array.Exit != 0 || Sbatch.ParseJobId(array.Out) is not { } arrayId)
        {
            stderr.Write(array.Err);
            stderr.WriteLine($"hedge slurm: sbatch refused the array (exit {array.Exit}); nothing was submitted. Fix the cause (partition, time, " +
                "memory or array size the cluster allows) and run hedge slurm again, or edit the script and submit with:");
            stderr.WriteLine("  " + SlurmScripts.SubmitBoth(job));
            return CliApp.Failure;
        }
        stdout.WriteLine($"array job {arrayId}: {job.Tasks} task(s), logs {Path.Combine(job.SlurmDir, $"{arrayId}_<task>.out")}");

        var mergeArgs = new List<string> { "--parsable", $"--dependency=afterok:{Sbatch.Id(arrayId)}", job.MergeScript };
        if (waiting) mergeArgs.Insert(1, "--wait");
        long? mergeId = null;
        var merge = Sbatch.Run("sbatch", mergeArgs, line =>
        {
            // With --wait, sbatch prints the id at submission and exits only when the job has ended: say it now.
            mergeId = Sbatch.ParseJobId(line);
            if (mergeId is { } id) stdout.WriteLine($"merge job {id}: runs when every task has succeeded, log {Path.Combine(job.SlurmDir, $"merge-{id}.out")}");
        });
        if (merge is null || mergeId is null)
        {
            if (merge is not null) stderr.Write(merge.Err);
            stderr.WriteLine($"hedge slurm: sbatch refused the merge job; the array job {arrayId} is submitted. Submit the merge with:");
            stderr.WriteLine($"  sbatch --dependency=afterok:{arrayId} {SlurmScripts.Quote(job.MergeScript)}");
            return CliApp.Failure;
        }
        if (!waiting)
        {
            stdout.WriteLine($"follow them with: squeue --states=all -j {arrayId},{mergeId} (or sacct -j {arrayId},{mergeId} where accounting is on)");
            PrintResubmission(stdout, job, Sbatch.Id(arrayId), null);
            return CliApp.Ok;
        }
        return Report(job, arrayId, mergeId.Value, merge, stdout, stderr);
    }

    // After sbatch --wait: it exits 0 even for a merge cancelled because a task failed, so ask Slurm what happened.
    private static int Report(SlurmJob job, long arrayId, long mergeId, ToolResult merge, TextWriter stdout, TextWriter stderr)
    {
        var mergeState = Sbatch.JobState(mergeId);
        var outDir = Path.GetFullPath(job.OutDir, job.WorkingDirectory);
        var merged = mergeState is null ? merge.Exit == 0 && File.Exists(Path.Combine(outDir, "manifest.json")) : mergeState == "COMPLETED";
        if (merged)
        {
            stdout.WriteLine($"merge job {mergeId} completed: {outDir}");
            return CliApp.Ok;
        }
        var states = Sbatch.TaskStates(arrayId);
        // When Slurm has forgotten the tasks, the shards themselves say which ones did not finish.
        var failed = states.Count > 0
            ? states.Where(s => s.Value != "COMPLETED").Select(s => s.Key).ToList()
            : Enumerable.Range(0, job.Tasks).Where(i => SweepPart.Read(Path.Combine(outDir, new Shard(i, job.Tasks).Folder)) is null).ToList();
        if (failed.Count == 0)
        {
            stderr.WriteLine($"hedge slurm: every task completed, but the merge job {mergeId} did not ({mergeState ?? "state unknown"}); " +
                $"see {Path.Combine(job.SlurmDir, $"merge-{mergeId}.out")}, fix the cause and run: sbatch {SlurmScripts.Quote(job.MergeScript)}");
            return CliApp.Failure;
        }
        var described = string.Join(", ", failed.Select(i => states.TryGetValue(i, out var s) ? $"{i} ({s})" : $"{i} (incomplete)"));
        stderr.WriteLine($"hedge slurm: {failed.Count} of {job.Tasks} task(s) of array job {arrayId} did not complete: {described}; " +
            $"the merge job {mergeId} did not run ({mergeState ?? "state unknown"}).");
        foreach (var i in failed) stderr.WriteLine($"  log of task {i}: {Path.Combine(job.SlurmDir, $"{arrayId}_{i}.out")}");
        PrintResubmission(stderr, job, Sbatch.Id(arrayId), SlurmScripts.Ranges(failed));
        return CliApp.Failure;
    }

    private static void PrintResubmission(TextWriter writer, SlurmJob job, string arrayId, string? failed)
    {
        writer.WriteLine(failed is null
            ? $"if tasks fail (their logs: {Path.Combine(job.SlurmDir, $"{arrayId}_<task>.out")}), the merge job is cancelled. " +
              "Fix the cause, then resubmit only those tasks (they resume where they stopped) and the merge again:"
            : "Fix the cause, then resubmit only the failed tasks (they resume where they stopped) and the merge again:");
        writer.WriteLine("  " + SlurmScripts.SubmitBoth(job, failed ?? "<failed task ids, e.g. 2,5-7>"));
    }

    [GeneratedRegex(@"^(\d+-)?\d+:[0-5]\d:[0-5]\d$")]
    private static partial Regex TimeFormat();

    [GeneratedRegex(@"^\d+[KMGTkmgt]?$")]
    private static partial Regex MemFormat();

    [GeneratedRegex(@"^[A-Za-z0-9_.,-]+$")]
    private static partial Regex PartitionFormat();
}
