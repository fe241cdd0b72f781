using System.Globalization;
using HedgeAgents.Core.Random;
using HedgeAgents.Core.Sweeps;

namespace HedgeAgents.Core.Sensitivity;

/// <summary>Morris elementary effects, μ, μ* and σ, from the outputs of a Morris design (<see cref="MorrisDesign"/>),
/// one output per design point in point order.</summary>
/// <remarks>Step s of trajectory t changes axis i = ChangedAxis(t, s) by SignedDelta(t, s) = ±Δ in unit space, so its
/// elementary effect is EE = (f(x_s) − f(x_{s−1})) / ±Δ: per unit of the unit-cube coordinate, as SALib's
/// <c>morris.analyze</c>. Unit space makes effects comparable across parameters of different units; for a linear range
/// axis, EE / (Max − Min) is the effect per parameter unit; for a log axis, EE / (ln Max − ln Min) is per unit of ln x.</remarks>
public static class MorrisEstimator
{
    /// <summary>The elementary effects, trajectory after trajectory: entry t·d + i is trajectory t's effect of axis i.</summary>
    /// <exception cref="ArgumentException">The output count is not the design's point count, or an output is not finite.</exception>
    public static double[] ElementaryEffects(MorrisPoints points, ReadOnlySpan<double> outputs)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (outputs.Length != points.Count)
            throw new ArgumentException(
                $"a Morris design of r = {points.Trajectories} trajectories on d = {points.Dimensions} axes has r(d+1) = {points.Count} " +
                $"points, so it needs {points.Count} outputs in point order; {outputs.Length} were given", nameof(outputs));
        for (var p = 0; p < outputs.Length; p++)
            if (!double.IsFinite(outputs[p]))
                throw new ArgumentException(
                    $"the output of point {p} (trajectory {p / points.PointsPerTrajectory}, position {p % points.PointsPerTrajectory}) is " +
                    $"{outputs[p].ToString(CultureInfo.InvariantCulture)}; elementary effects need a finite output at every point", nameof(outputs));

        var d = points.Dimensions;
        var effects = new double[(long)points.Trajectories * d];
        for (var t = 0; t < points.Trajectories; t++)
            for (var s = 1; s <= d; s++)
            {
                var change = outputs[(int)points.PointOf(t, s)] - outputs[(int)points.PointOf(t, s - 1)];
                effects[(long)t * d + points.ChangedAxis(t, s)] = change / points.SignedDelta(t, s);
            }
        return effects;
    }

    /// <summary>μ, μ* and σ of every axis over all trajectories.</summary>
    /// <exception cref="ArgumentException">As <see cref="ElementaryEffects"/>, or fewer than 2 trajectories (σ is undefined).</exception>
    public static MorrisIndices Estimate(MorrisPoints points, ReadOnlySpan<double> outputs)
    {
        var effects = ElementaryEffects(points, outputs);
        RequireTwoTrajectories(points);
        return Measures(effects, points.Dimensions, null);
    }

    /// <summary>The measures with percentile bootstrap intervals on μ*: trajectories resampled with replacement.</summary>
    /// <exception cref="ArgumentException">As <see cref="Estimate"/>, or bad bootstrap options.</exception>
    public static MorrisAnalysis Analyse(MorrisPoints points, ReadOnlySpan<double> outputs, BootstrapOptions bootstrap) =>
        Analyse(points, outputs, bootstrap, default, withNoise: false);

    /// <summary>The measures with their intervals, and the share of the outputs' variance that replication noise
    /// accounts for (<see cref="NoiseShare"/>): the mean of <paramref name="noise"/> over all points divided by the
    /// variance of the outputs over all points (denominator n), bootstrapped with μ* (each resample's trajectories).
    /// None when the outputs do not vary and there is no noise.</summary>
    /// <param name="points">The design.</param>
    /// <param name="outputs">One output per point, in point order.</param>
    /// <param name="bootstrap">How to draw the intervals.</param>
    /// <param name="noise">Per point, the variance of its output across seeds: for a mean of R replications, their
    /// sample variance (denominator R − 1) divided by R.</param>
    /// <exception cref="ArgumentException">As <see cref="Analyse(MorrisPoints, ReadOnlySpan{double}, BootstrapOptions)"/>,
    /// or a noise count other than the outputs', or a negative or non-finite noise variance.</exception>
    public static MorrisAnalysis Analyse(MorrisPoints points, ReadOnlySpan<double> outputs, BootstrapOptions bootstrap, ReadOnlySpan<double> noise) =>
        Analyse(points, outputs, bootstrap, noise, withNoise: true);

    private static MorrisAnalysis Analyse(MorrisPoints points, ReadOnlySpan<double> outputs, BootstrapOptions bootstrap, ReadOnlySpan<double> noise, bool withNoise)
    {
        ArgumentNullException.ThrowIfNull(bootstrap);
        bootstrap.Validate();
        var effects = ElementaryEffects(points, outputs);
        RequireTwoTrajectories(points);
        if (withNoise) NoiseVariances.Check(noise, outputs.Length);
        int d = points.Dimensions, r = points.Trajectories, resamples = bootstrap.Resamples;
        var indices = Measures(effects, d, null);
        var spread = withNoise ? new TrajectorySpread(points, outputs, noise) : null;
        var noiseShares = new double[withNoise ? resamples : 0];

        var muStar = new double[d * resamples];
        var picks = new int[r];
        for (var b = 0; b < resamples; b++)
        {
            var rng = new Xoshiro256StarStar(SeedDerivation.StreamSeed(bootstrap.Seed, b));
            for (var k = 0; k < r; k++) picks[k] = rng.NextInt(r);
            var resampled = Measures(effects, d, picks);
            for (var i = 0; i < d; i++) muStar[i * resamples + b] = resampled.MuStar[i];
            if (spread is not null) noiseShares[b] = spread.Share(picks);
        }
        var intervals = new ConfidenceInterval[d];
        for (var i = 0; i < d; i++) intervals[i] = Percentile.Interval(muStar.AsSpan(i * resamples, resamples), bootstrap.Level);
        var share = spread?.Share(null) is { } s && !double.IsPositiveInfinity(s) && spread.Varies
            ? new NoiseShare(s, Percentile.Interval(noiseShares, bootstrap.Level))
            : null;
        return new MorrisAnalysis(indices, [.. intervals], bootstrap, share);
    }

    /// <summary>Per trajectory, the sums the noise share of any multiset of trajectories is made from: the outputs
    /// centred on their overall mean (so the variance loses no digits to a common offset), their squares, and the noise.</summary>
    private sealed class TrajectorySpread
    {
        private readonly double[] _sum;
        private readonly double[] _squares;
        private readonly double[] _noise;
        private readonly int _perTrajectory;

        public TrajectorySpread(MorrisPoints points, ReadOnlySpan<double> outputs, ReadOnlySpan<double> noise)
        {
            _perTrajectory = points.PointsPerTrajectory;
            var mean = 0.0;
            foreach (var y in outputs) mean += y;
            mean /= outputs.Length;
            var r = points.Trajectories;
            (_sum, _squares, _noise) = (new double[r], new double[r], new double[r]);
            var first = outputs[0];
            for (var p = 0; p < outputs.Length; p++)
            {
                var t = p / _perTrajectory;
                var y = outputs[p] - mean;
                _sum[t] += y;
                _squares[t] += y * y;
                _noise[t] += noise[p];
                Varies |= outputs[p] != first;
            }
        }

        /// <summary>Whether the outputs differ anywhere: if not, there is no variance to share.</summary>
        public bool Varies { get; }

        /// <summary>The mean noise over the variance of the outputs (denominator n), over the trajectories in picks
        /// (all when null; repeats allowed).</summary>
        public double Share(int[]? picks)
        {
            var n = picks?.Length ?? _sum.Length;
            double sum = 0, squares = 0, noise = 0;
            for (var k = 0; k < n; k++)
            {
                var t = picks is null ? k : picks[k];
                sum += _sum[t];
                squares += _squares[t];
                noise += _noise[t];
            }
            double count = (double)n * _perTrajectory, m = sum / count;
            return NoiseVariances.Share(noise / count, squares / count - m * m);
        }
    }

    private static void RequireTwoTrajectories(MorrisPoints points)
    {
        if (points.Trajectories < 2)
            throw new ArgumentException(
                $"σ is a standard deviation over trajectories and needs at least 2; the design has {points.Trajectories}", nameof(points));
    }

    // Over the trajectories in picks (all when null; repeats allowed).
    private static MorrisIndices Measures(double[] effects, int d, int[]? picks)
    {
        var r = picks?.Length ?? effects.Length / d;
        var mu = new double[d];
        var muStar = new double[d];
        var sigma = new double[d];
        for (var i = 0; i < d; i++)
        {
            double sum = 0, sumAbs = 0;
            for (var k = 0; k < r; k++)
            {
                var ee = effects[(long)(picks is null ? k : picks[k]) * d + i];
                sum += ee;
                sumAbs += Math.Abs(ee);
            }
            mu[i] = sum / r;
            muStar[i] = sumAbs / r;
            // Two passes: the spread of effects can be tiny next to their mean.
            var squares = 0.0;
            for (var k = 0; k < r; k++)
            {
                var dev = effects[(long)(picks is null ? k : picks[k]) * d + i] - mu[i];
                squares += dev * dev;
            }
            sigma[i] = Math.Sqrt(squares / (r - 1));
        }
        return new MorrisIndices([.. mu], [.. muStar], [.. sigma], r);
    }
}
