namespace HedgeAgents.Reporting.Data;

/// <summary>Sample quantiles, type 7 (linear interpolation), the definition <c>q05_payoff</c> in summary.csv uses.</summary>
internal static class Quantile
{
    /// <summary>The p-quantile of values (sorted in place); NaN when empty.</summary>
    public static double Of(double[] values, double p)
    {
        if (values.Length == 0) return double.NaN;
        Array.Sort(values);
        var h = (values.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, values.Length - 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }
}
