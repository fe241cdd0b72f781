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
    public static SobolAnalysis Analyse(SaltelliLayout layout, ReadOnlySpan<double> outputs, BootstrapOptions bootstrap) =>
        Analyse(layout, outputs, bootstrap, default, withNoise: false);

    /// <summary>The indices with their intervals, and the share of V that replication noise accounts for
    /// (<see cref="NoiseShare"/>): the mean of <paramref name="noise"/> over all points divided by V, bootstrapped with
    /// the indices (each resample's base samples, their V).</summary>
    /// <param name="layout">Where each point sits.</param>
    /// <param name="outputs">One output per point, in point order.</param>
    /// <param name="bootstrap">How to draw the intervals.</param>
    /// <param name="noise">Per point, the variance of its output across seeds: for a mean of R replications, their
    /// sample variance (denominator R − 1) divided by R.</param>
    /// <exception cref="ArgumentException">As <see cref="Analyse(SaltelliLayout, ReadOnlySpan{double}, BootstrapOptions)"/>,
    /// or a noise count other than the outputs', or a negative or non-finite noise variance.</exception>
    public static SobolAnalysis Analyse(SaltelliLayout layout, ReadOnlySpan<double> outputs, BootstrapOptions bootstrap, ReadOnlySpan<double> noise) =>
        Analyse(layout, outputs, bootstrap, noise, withNoise: true);

    private static SobolAnalysis Analyse(SaltelliLayout layout, ReadOnlySpan<double> outputs, BootstrapOptions bootstrap, ReadOnlySpan<double> noise, bool withNoise)
    {
        ArgumentNullException.ThrowIfNull(bootstrap);
        bootstrap.Validate();
        var data = SaltelliOutputs.From(layout, outputs);
        if (withNoise) NoiseVariances.Check(noise, outputs.Length);
        var indices = Estimate(data);
        int d = data.Dimensions, n = data.Samples, resamples = bootstrap.Resamples;

        // Per base sample, the mean noise variance of its d+2 points, so a resample's noise is the mean over its picks.
        var sampleNoise = withNoise ? new double[n] : [];
        for (var j = 0; j < sampleNoise.Length; j++)
        {
            var sum = 0.0;
            for (var role = 0; role < layout.PointsPerSample; role++) sum += noise[(int)layout.PointOf(j, role)];
            sampleNoise[j] = sum / layout.PointsPerSample;
        }
        var noiseShares = new double[withNoise ? resamples : 0];

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
            if (!data.TryEstimate(picks, s1, st, out var variance))
                throw new ArgumentException(
                    $"bootstrap resample {r} drew only base samples whose outputs over A and B are all equal, so its indices " +
                    $"are undefined; {n} base samples are too few, or too few of them differ, for a bootstrap", nameof(outputs));
            for (var i = 0; i < d; i++)
            {
                firstOrder[i * resamples + r] = s1[i];
                total[i * resamples + r] = st[i];
            }
            if (withNoise) noiseShares[r] = NoiseVariances.Share(MeanOver(sampleNoise, picks), variance);
        }

        var s1Intervals = new ConfidenceInterval[d];
        var stIntervals = new ConfidenceInterval[d];
        for (var i = 0; i < d; i++)
        {
            s1Intervals[i] = Percentile.Interval(firstOrder.AsSpan(i * resamples, resamples), bootstrap.Level);
            stIntervals[i] = Percentile.Interval(total.AsSpan(i * resamples, resamples), bootstrap.Level);
        }
        NoiseShare? share = withNoise
            ? new NoiseShare(NoiseVariances.Share(MeanOver(sampleNoise, null), indices.Variance), Percentile.Interval(noiseShares, bootstrap.Level))
            : null;
        return new SobolAnalysis(indices, [.. s1Intervals], [.. stIntervals], bootstrap, share);
    }

    // The mean of values at picks (all when null; repeats allowed).
    private static double MeanOver(double[] values, int[]? picks)
    {
        var n = picks?.Length ?? values.Length;
        var sum = 0.0;
        for (var k = 0; k < n; k++) sum += values[picks is null ? k : picks[k]];
        return sum / n;
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
