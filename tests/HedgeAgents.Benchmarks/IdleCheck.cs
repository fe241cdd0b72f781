using System.Globalization;

namespace HedgeAgents.Benchmarks;

/// <summary>Warns when other processes keep the CPUs busy: the thread-scaling figure needs every core free.</summary>
internal static class IdleCheck
{
    // A 2-core machine shared with one busy process leaves a single core, and 2 threads then run no faster than 1;
    // a warning beside the table saves reading that as a defect of the model.
    public static void WarnIfBusy(TextWriter error, double threshold = 0.15)
    {
        if (Busy() is not { } busy || busy < threshold) return;
        error.WriteLine($"warning: the CPUs were {busy:P0} busy before the benchmarks started; the Speed-up of " +
                        $"{nameof(ThreadScalingBenchmarks)} needs an idle machine (see docs/benchmarks.md).");
    }

    // Share of non-idle CPU time over one second, from /proc/stat (null where there is none).
    private static double? Busy()
    {
        if (!File.Exists("/proc/stat")) return null;
        var (idle0, total0) = Sample();
        Thread.Sleep(1000);
        var (idle1, total1) = Sample();
        var total = total1 - total0;
        return total > 0 ? 1.0 - (double)(idle1 - idle0) / total : null;
    }

    private static (long Idle, long Total) Sample()
    {
        // cpu  user nice system idle iowait irq softirq steal ...
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return (fields[3] + fields[4], fields.Take(8).Sum());
    }
}
