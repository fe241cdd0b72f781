using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace HedgeAgents.Cli.Commands.Slurm;

/// <summary>Submits with <c>sbatch</c> and reads job states with <c>squeue</c>, the Slurm clients on PATH.</summary>
internal static class Sbatch
{
    /// <summary>Runs a Slurm client; null when it is not installed (not on PATH). <paramref name="firstLine"/> gets
    /// the first line of its output as soon as it is printed (sbatch --wait prints the job id long before it exits).</summary>
    public static ToolResult? Run(string program, IEnumerable<string> args, Action<string>? firstLine = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return null;
        }
        using (process)
        {
            var output = new System.Text.StringBuilder();
            var seen = false;
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null) return;
                lock (output)
                {
                    output.Append(e.Data).Append('\n');
                    if (seen) return;
                    seen = true;
                }
                firstLine?.Invoke(e.Data);
            };
            process.BeginOutputReadLine();
            var err = process.StandardError.ReadToEnd();
            process.WaitForExit();
            lock (output) return new ToolResult(process.ExitCode, output.ToString(), err);
        }
    }

    /// <summary>The job id that <c>sbatch --parsable</c> printed (<c>id</c> or <c>id;cluster</c>); null if there is none.</summary>
    public static long? ParseJobId(string parsable)
    {
        var line = parsable.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (line is null) return null;
        var id = line.Split(';')[0];
        return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>The states of an array's tasks from <c>squeue -o "%i %T"</c> lines (<c>123_4 FAILED</c>); lines of
    /// tasks still pending as a range (<c>123_[5-9]</c>) are skipped.</summary>
    public static IReadOnlyDictionary<int, string> ParseTaskStates(string squeue)
    {
        var states = new SortedDictionary<int, string>();
        foreach (var line in squeue.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            var underscore = words[0].IndexOf('_');
            if (underscore >= 0 && int.TryParse(words[0][(underscore + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var task))
                states[task] = words[1];
        }
        return states;
    }

    /// <summary>The states of the tasks of array job <paramref name="arrayId"/> that Slurm still remembers; empty when
    /// squeue is missing or has forgotten them (a controller keeps finished jobs for MinJobAge, 300 s by default).</summary>
    public static IReadOnlyDictionary<int, string> TaskStates(long arrayId)
    {
        var result = Run("squeue", ["-h", "--states=all", "-j", Id(arrayId), "-o", "%i %T"]);
        return result is { Exit: 0 } ? ParseTaskStates(result.Out) : new Dictionary<int, string>();
    }

    /// <summary>The state of job <paramref name="jobId"/> (e.g. COMPLETED, CANCELLED), or null when Slurm does not know it.</summary>
    public static string? JobState(long jobId)
    {
        var result = Run("squeue", ["-h", "--states=all", "-j", Id(jobId), "-o", "%T"]);
        return result is { Exit: 0 } && result.Out.Trim() is { Length: > 0 } state ? state.Split('\n')[0].Trim() : null;
    }

    /// <summary>A job id as sbatch and squeue take it.</summary>
    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
