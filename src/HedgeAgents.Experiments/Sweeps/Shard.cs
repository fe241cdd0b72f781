using System.Globalization;

namespace HedgeAgents.Experiments.Sweeps;

/// <summary>Shard <c>i/n</c> of a sweep: the i-th of n contiguous, nearly equal slices of the global run order
/// (0-based, as Slurm's array task ids are).</summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>The shard's folder inside the sweep's output folder.</summary>
    public string Folder => string.Create(CultureInfo.InvariantCulture, $"part-{Index}-of-{Count}");

    /// <summary>The runs [start, end) of this shard out of <paramref name="runs"/>.</summary>
    public (long Start, long End) Range(long runs) => (Bound(runs, Index), Bound(runs, Index + 1));

    private long Bound(long runs, int i) => (long)((Int128)runs * i / Count);

    /// <summary>Parses <c>i/n</c>; null with the reason when it is not one.</summary>
    public static Shard? Parse(string text, out string? problem)
    {
        problem = null;
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            if (n >= 1 && i < n) return new Shard(i, n);
            problem = $"--shard {text}: the index must lie in 0..{Math.Max(0, n - 1)} (0-based, as $SLURM_ARRAY_TASK_ID) and the count be ≥ 1";
            return null;
        }
        problem = $"--shard {text}: expected i/n, e.g. --shard 0/4 for the first of four shards";
        return null;
    }
}
