namespace HedgeAgents.Core.Sensitivity;

/// <summary>Sample quantiles by linear interpolation between order statistics (Hyndman and Fan's type 7, the default
/// of R and NumPy), so intervals match what users get from those tools.</summary>
internal static class Percentile
{
    /// <summary>The q-quantile (0 ≤ q ≤ 1) of values already sorted ascending.</summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.IsEmpty) throw new ArgumentException("a quantile of no values is undefined", nameof(sorted));
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        if (lo >= sorted.Length - 1) return sorted[^1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /// <summary>The central interval at <paramref name="level"/>: quantiles (1−level)/2 and (1+level)/2. Sorts in place.</summary>
    public static ConfidenceInterval Interval(Span<double> values, double level)
    {
        values.Sort();
        return new ConfidenceInterval(OfSorted(values, (1 - level) / 2), OfSorted(values, (1 + level) / 2), level);
    }
}
