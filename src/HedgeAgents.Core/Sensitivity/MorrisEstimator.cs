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
    public static MorrisAnalysis Analyse(MorrisPoints points, ReadOnlySpan<double> outputs, BootstrapOptions bootstrap)
    {
        ArgumentNullException.ThrowIfNull(bootstrap);
        bootstrap.Validate();
        var effects = ElementaryEffects(points, outputs);
        RequireTwoTrajectories(points);
        int d = points.Dimensions, r = points.Trajectories, resamples = bootstrap.Resamples;
        var indices = Measures(effects, d, null);

        var muStar = new double[d * resamples];
        var picks = new int[r];
        for (var b = 0; b < resamples; b++)
        {
            var rng = new Xoshiro256StarStar(SeedDerivation.StreamSeed(bootstrap.Seed, b));
            for (var k = 0; k < r; k++) picks[k] = rng.NextInt(r);
            var resampled = Measures(effects, d, picks);
            for (var i = 0; i < d; i++) muStar[i * resamples + b] = resampled.MuStar[i];
        }
        var intervals = new ConfidenceInterval[d];
        for (var i = 0; i < d; i++) intervals[i] = Percentile.Interval(muStar.AsSpan(i * resamples, resamples), bootstrap.Level);
        return new MorrisAnalysis(indices, [.. intervals], bootstrap);
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
