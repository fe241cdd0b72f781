using System.Globalization;
using System.Text;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Cli.Commands.Slurm;

/// <summary>Writes the array and merge scripts of a <see cref="SlurmJob"/>, and the shell snippets that submit them.</summary>
internal static class SlurmScripts
{
    /// <summary>The array script's text.</summary>
    public static string Array(SlurmJob job, string writtenBy)
    {
        var text = Header(job, writtenBy, $"hedge-{job.Name}");
        text.AppendLine(Directive("--array", string.Create(CultureInfo.InvariantCulture, $"0-{job.Tasks - 1}")));
        // %A_%a: one log per task, named by the array's id and the task's index, as the resubmission hint says.
        text.AppendLine(Directive("--output", Path.Combine(job.SlurmDir, "%A_%a.out")));
        text.AppendLine(Directive("--cpus-per-task", job.CpusPerTask.ToString(CultureInfo.InvariantCulture)));
        Resources(text, job);
        Body(text, job);
        var words = new List<string> { "sweep", job.Experiment, "--out", job.OutDir };
        // --resume: a task resubmitted after a failure or a time-out continues its shard instead of being refused, and
        // one whose shard is already complete returns at once. The threads follow the cores Slurm gave the task.
        text.Append("exec").Append(' ').Append(string.Join(' ', job.Hedge.Concat(words).Select(Quote)))
            .Append(" --shard \"$SLURM_ARRAY_TASK_ID/").Append(job.Tasks.ToString(CultureInfo.InvariantCulture)).Append('"')
            .Append(" --threads \"${SLURM_CPUS_PER_TASK:-1}\" --resume");
        foreach (var set in job.Sets) text.Append(" --set ").Append(Quote(set));
        text.Append('\n');
        return text.ToString();
    }

    /// <summary>The merge script's text.</summary>
    public static string Merge(SlurmJob job, string writtenBy)
    {
        var text = Header(job, writtenBy, $"hedge-{job.Name}-merge");
        text.AppendLine(Directive("--output", Path.Combine(job.SlurmDir, "merge-%j.out")));
        text.AppendLine(Directive("--cpus-per-task", "1"));
        // Without this a merge whose tasks failed would wait in the queue forever (DependencyNeverSatisfied); cancelled,
        // it says plainly that it did not run, and the resubmission submits a new one.
        text.AppendLine(Directive("--kill-on-invalid-dep", "yes"));
        Resources(text, job);
        Body(text, job);
        text.Append("exec ").Append(string.Join(' ', job.Hedge.Concat(["merge", job.OutDir]).Select(Quote))).Append('\n');
        return text.ToString();
    }

    /// <summary>Writes both scripts into <see cref="SlurmJob.SlurmDir"/>, each under a temporary name and then renamed, so
    /// a half-written script is never submitted.</summary>
    public static void Write(SlurmJob job, string writtenBy)
    {
        Directory.CreateDirectory(job.SlurmDir);
        WriteAtomically(job.ArrayScript, Array(job, writtenBy));
        WriteAtomically(job.MergeScript, Merge(job, writtenBy));
    }

    /// <summary>A shell line that submits the array (all tasks, or only <paramref name="tasks"/>) and then the merge,
    /// which depends on it: the merge needs the array's id, so the line captures it.</summary>
    public static string SubmitBoth(SlurmJob job, string? tasks = null) =>
        "array=$(sbatch --parsable" + (tasks is null ? "" : $" --array={tasks}") + $" {Quote(job.ArrayScript)})" +
        // --parsable prints "id" or "id;cluster"; the dependency wants the id alone.
        $" && sbatch --dependency=afterok:${{array%%;*}} {Quote(job.MergeScript)}";

    /// <summary>Task ids as Slurm's <c>--array</c> writes them: runs of consecutive ids as ranges, e.g. <c>0-2,5</c>.</summary>
    public static string Ranges(IEnumerable<int> ids)
    {
        var sorted = ids.Distinct().Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            parts.Add(j == i
                ? sorted[i].ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{sorted[i]}-{sorted[j]}"));
            i = j + 1;
        }
        return string.Join(',', parts);
    }

    /// <summary>A word for a POSIX shell: unchanged when it holds only safe characters, else in single quotes.</summary>
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "/._-=+:,@%".Contains(c))
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static StringBuilder Header(SlurmJob job, string writtenBy, string jobName)
    {
        var text = new StringBuilder();
        text.Append("#!/bin/bash\n");
        text.Append("# Written by: ").Append(writtenBy).Append('\n');
        text.AppendLine(Directive("--job-name", jobName));
        return text;
    }

    private static void Resources(StringBuilder text, SlurmJob job)
    {
        if (job.Partition is { } p) text.AppendLine(Directive("--partition", p));
        if (job.Time is { } t) text.AppendLine(Directive("--time", t));
        if (job.Mem is { } m) text.AppendLine(Directive("--mem", m));
    }

    private static void Body(StringBuilder text, SlurmJob job)
    {
        text.Append("set -eu\n");
        // The job starts wherever Slurm puts it; relative experiment and output paths, and the reproducing command in
        // the manifest, are those of the folder hedge slurm ran in, so go there (it is on the shared file system).
        text.Append("cd ").Append(Quote(job.WorkingDirectory)).Append('\n');
    }

    // sbatch reads #SBATCH lines itself, not through a shell: a value with spaces goes in double quotes, which it strips
    // (SlurmCommand refuses values with a double quote).
    private static string Directive(string option, string value) =>
        "#SBATCH " + option + "=" + (value.Contains(' ') ? "\"" + value + "\"" : value);

    // Executable (rwxr-xr-x), as batch scripts are, so one can also be run by hand.
    private const UnixFileMode Executable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private static void WriteAtomically(string path, string text) =>
        AtomicFile.Write(path, Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")), mode: Executable);
}
