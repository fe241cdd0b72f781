using HedgeAgents.Core.Random;
using HedgeAgents.Core.Sweeps;

namespace HedgeAgents.Core.Sensitivity;

/// <summary>First-order and total Sobol' indices from the outputs of a Saltelli design (<see cref="SobolDesign"/>),
/// one output per design point in point order, as <see cref="SaltelliLayout"/> places them.</summary>
/// <remarks>With V the variance of f over A and B and N base samples:
/// S1_i = (1/N) Σ_j f(B_j)(f(AB_j^(i)) − f(A_j)) / V (Saltelli et al. 2010, f centred on the mean of all outputs),
/// ST_i = (1/2N) Σ_j (f(A_j) − f(AB_j^(i)))² / V (Jansen 1999): the point estimates of SALib 1.4's
/// <c>sobol.analyze(..., calc_second_order=False)</c>. Its intervals are normal (z·sd); these are bootstrap percentiles.</remarks>
public static class SobolEstimator
{
    /// <summary>The indices from all base samples.</summary>
    /// <exception cref="ArgumentException">The output count does not fit the layout, an output is NaN or infinite, or
    /// the output is constant over A and B (V = 0: the indices are undefined).</exception>
    public static SobolIndices Estimate(SaltelliLayout layout, ReadOnlySpan<double> outputs) =>
        Estimate(SaltelliOutputs.From(layout, outputs));

    /// <summary>The indices with percentile bootstrap intervals: base samples (each with its A, B and every AB) are
    /// resampled with replacement and the indices recomputed on each resample.</summary>
    /// <exception cref="ArgumentException">As <see cref="Estimate(SaltelliLayout, ReadOnlySpan{double})"/>; bad bootstrap
    /// options; or a resample whose output is constant over A and B (too few base samples that differ).</exception>
    public static SobolAnalysis Analyse(SaltelliLayout layout, ReadOnlySpan<double> outputs, BootstrapOptions bootstrap)
    {
        ArgumentNullException.ThrowIfNull(bootstrap);
        bootstrap.Validate();
        var data = SaltelliOutputs.From(layout, outputs);
        var indices = Estimate(data);
        int d = data.Dimensions, n = data.Samples, resamples = bootstrap.Resamples;

        // Row r holds resample r's indices, axis after axis, so each axis's distribution is a strided column.
        var firstOrder = new double[d * resamples];
        var total = new double[d * resamples];
        var picks = new int[n];
        var s1 = new double[d];
        var st = new double[d];
        for (var r = 0; r < resamples; r++)
        {
            var rng = new Xoshiro256StarStar(SeedDerivation.StreamSeed(bootstrap.Seed, r));
            for (var k = 0; k < n; k++) picks[k] = rng.NextInt(n);
            if (!data.TryEstimate(picks, s1, st, out _))
                throw new ArgumentException(
                    $"bootstrap resample {r} drew only base samples whose outputs over A and B are all equal, so its indices " +
                    $"are undefined; {n} base samples are too few, or too few of them differ, for a bootstrap", nameof(outputs));
            for (var i = 0; i < d; i++)
            {
                firstOrder[i * resamples + r] = s1[i];
                total[i * resamples + r] = st[i];
            }
        }

        var s1Intervals = new ConfidenceInterval[d];
        var stIntervals = new ConfidenceInterval[d];
        for (var i = 0; i < d; i++)
        {
            s1Intervals[i] = Percentile.Interval(firstOrder.AsSpan(i * resamples, resamples), bootstrap.Level);
            stIntervals[i] = Percentile.Interval(total.AsSpan(i * resamples, resamples), bootstrap.Level);
        }
        return new SobolAnalysis(indices, [.. s1Intervals], [.. stIntervals], bootstrap);
    }

    private static SobolIndices Estimate(SaltelliOutputs data)
    {
        var s1 = new double[data.Dimensions];
        var st = new double[data.Dimensions];
        // From checks that A and B are not constant, so the full sample always has V > 0.
        if (!data.TryEstimate(null, s1, st, out var variance))
            throw new ArgumentException("the output's variance over A and B is 0, so the Sobol' indices are undefined");
        return new SobolIndices([.. s1], [.. st], variance);
    }
}
