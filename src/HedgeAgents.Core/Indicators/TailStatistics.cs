namespace HedgeAgents.Core.Indicators;

/// <summary>Lower-tail statistics of a payoff series.</summary>
public static class TailStatistics
{
    /// <summary>The p-quantile by linear interpolation between order statistics (Hyndman–Fan type 7, R's default).</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>Conditional value at risk: the mean of the worst ⌈p·n⌉ outcomes (at least one).</summary>
    public static double LowerCvar(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        var count = Math.Max(1, (int)Math.Ceiling(p * sorted.Length - 1e-9));
        var sum = 0.0;
        for (var i = 0; i < count; i++) sum += sorted[i];
        return sum / count;
    }

    /// <summary>Sample standard deviation (n − 1); 0 for fewer than two values.</summary>
    public static double StandardDeviation(ReadOnlySpan<double> values)
    {
        if (values.Length < 2) return 0.0;
        var mean = 0.0;
        foreach (var v in values) mean += v;
        mean /= values.Length;
        var ss = 0.0;
        foreach (var v in values) ss += (v - mean) * (v - mean);
        return Math.Sqrt(ss / (values.Length - 1));
    }
}
