using HedgeAgents.Core.Random;
using HedgeAgents.Core.Sensitivity;
using HedgeAgents.Core.Sweeps;
using static HedgeAgents.Core.Tests.Sensitivity.TestFunctions;

namespace HedgeAgents.Core.Tests.Sensitivity;

/// <summary>The estimators on a stochastic model run as a sweep runs it: each run draws its noise from an RNG seeded by
/// hashing (master seed, seed group, replication), and a point's output is the mean over its replications. With the
/// designs' seed groups (common random numbers) a parameter the model ignores gets indices of exactly 0; with a seed
/// per point (what sweeps did before) it does not.</summary>
public class CommonRandomNumbersTests
{
    private const ulong Master = 2026;
    private const int Replications = 4;

    // The noise of one run has variance NoiseVariance, so the mean of R replications has NoiseVariance / R = 1.
    private const double NoiseVariance = 4;

    /// <summary>A model that reads x1..x3 (Ishigami) and ignores every further axis, plus noise from the run's RNG:
    /// additive (variance <see cref="NoiseVariance"/>) when <paramref name="interacting"/> is false, else scaled by
    /// (1 + |sin x1|), so the noise interacts with x1. Draws a number of values that depends on x2, as a simulation's
    /// draws depend on what happens in it.</summary>
    private static double Stochastic(ReadOnlySpan<double> x, ref Xoshiro256StarStar rng, bool interacting)
    {
        var draws = 1 + (int)(3 * Math.Abs(Math.Sin(x[1])));
        var noise = 0.0;
        for (var k = 0; k < draws; k++) noise += rng.NextDouble() - 0.5;
        // A sum of `draws` uniforms on [−½, ½] has variance draws/12; scaled to variance NoiseVariance.
        noise *= Math.Sqrt(12.0 * NoiseVariance / draws);
        return Ishigami(x) + (interacting ? 1 + Math.Abs(Math.Sin(x[0])) : 1) * noise;
    }

    /// <summary>Runs every point's replications as a sweep does, each seeded from (master, group, replication), where
    /// group is the design's seed group (common random numbers) or, when <paramref name="common"/> is false, the point.
    /// Returns each point's mean and the variance of that mean across seeds (sample variance / R).</summary>
    private static (double[] Means, double[] Noise) Sweep(IDesignPoints points, bool common, bool interacting = false)
    {
        var means = new double[points.Count];
        var noise = new double[points.Count];
        var x = new double[points.Dimensions];
        Span<double> y = stackalloc double[Replications];
        for (var p = 0; p < points.Count; p++)
        {
            points.Fill(p, x);
            var group = common ? points.SeedGroup(p) : p;
            for (var r = 0; r < Replications; r++)
            {
                var rng = new Xoshiro256StarStar(SeedDerivation.RunSeed(Master, group, r));
                y[r] = Stochastic(x, ref rng, interacting);
            }
            var mean = 0.0;
            foreach (var v in y) mean += v;
            mean /= Replications;
            var squares = 0.0;
            foreach (var v in y) squares += (v - mean) * (v - mean);
            (means[p], noise[p]) = (mean, squares / (Replications - 1) / Replications);
        }
        return (means, noise);
    }

    private static SaltelliPoints Saltelli(int n, int extraAxes) => new SobolDesign().Create(IshigamiAxes(extraAxes), n, 0, DesignOptions.Default);

    [TestCase(false)]
    [TestCase(true)]
    public void Sobol_IgnoredAxisWithCommonRandomNumbers_IndicesZeroToRounding(bool interacting)
    {
        // Given the stochastic model on five axes, the last two of which it ignores, run with common random numbers
        var points = Saltelli(1024, extraAxes: 2);
        var (means, noise) = Sweep(points, common: true, interacting);

        // When the indices are estimated with the noise
        var analysis = SobolEstimator.Analyse(points.Layout, means, new BootstrapOptions(200, 0.95, 1), noise);

        // Then both ignored axes' S1 and ST are zero to rounding (|index| < 1e-12; in fact exactly 0, as f(AB^(i)) and
        // f(A) are the same runs), their intervals too, while the noise's share is clearly above 0
        for (var i = 3; i < 5; i++)
        {
            Assert.That(Math.Abs(analysis.Indices.Total[i]), Is.LessThan(1e-12), $"ST of ignored axis {i}");
            Assert.That(Math.Abs(analysis.Indices.FirstOrder[i]), Is.LessThan(1e-12), $"S1 of ignored axis {i}");
            Assert.That(analysis.TotalIntervals[i].Low, Is.EqualTo(0).Within(1e-12));
            Assert.That(analysis.TotalIntervals[i].High, Is.EqualTo(0).Within(1e-12));
        }
        Assert.That(analysis.Noise!.Share, Is.GreaterThan(0.03));
    }

    [Test]
    public void Sobol_IgnoredAxisWithASeedPerPoint_TotalIndexIsTheNoiseShare()
    {
        // Given the same model and design, but each point seeded on its own (as sweeps were before seed groups)
        var points = Saltelli(1024, extraAxes: 1);
        var (means, noise) = Sweep(points, common: false);

        // When the indices are estimated
        var analysis = SobolEstimator.Analyse(points.Layout, means, new BootstrapOptions(200, 0.95, 1), noise);

        // Then the ignored axis picks up the noise: its ST is about the noise share (σ²/R over V ≈ 0.067), an interval
        // that excludes 0 — the defect common random numbers remove
        Assert.That(analysis.Indices.Total[3], Is.GreaterThan(0.03));
        Assert.That(analysis.TotalIntervals[3].Low, Is.GreaterThan(0));
        Assert.That(analysis.Indices.Total[3], Is.EqualTo(analysis.Noise!.Share).Within(0.02));
    }

    [Test]
    public void Sobol_AdditiveNoiseN10000_IshigamiIndicesScaledByTheNoiseAndNoiseShareRight()
    {
        // Given the stochastic model with additive noise (variance 1 in each point's mean) on Ishigami's three axes
        var points = Saltelli(10_000, extraAxes: 0);
        var (means, noise) = Sweep(points, common: true);

        // When the indices are estimated
        var analysis = SobolEstimator.Analyse(points.Layout, means, new BootstrapOptions(100, 0.95, 3), noise);

        // Then each index is Ishigami's analytic one as a share of V_f + 1 (additive noise interacts with no axis, so
        // the shared seeds leave S1 and ST the shares of V_f), within the 0.05; and the noise share is
        // 1/(V_f + 1) ≈ 0.067 within 0.005, inside its interval
        var (s1, st) = IshigamiIndices();
        double a = IshigamiA, b = IshigamiB;
        var vf = a * a / 8 + b * Math.Pow(Math.PI, 4) / 5 + b * b * Math.Pow(Math.PI, 8) / 18 + 0.5;
        var scale = vf / (vf + NoiseVariance / Replications);
        Assert.Multiple(() =>
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.That(analysis.Indices.FirstOrder[i], Is.EqualTo(s1[i] * scale).Within(0.05), $"S1 of x{i + 1}");
                Assert.That(analysis.Indices.Total[i], Is.EqualTo(st[i] * scale).Within(0.05), $"ST of x{i + 1}");
            }
            var share = NoiseVariance / Replications / (vf + NoiseVariance / Replications);
            Assert.That(analysis.Noise!.Share, Is.EqualTo(share).Within(0.005));
            Assert.That(analysis.Noise.Interval.Contains(share), $"{share} in [{analysis.Noise.Interval.Low}, {analysis.Noise.Interval.High}]");
        });
    }

    [Test]
    public void Morris_IgnoredAxisWithCommonRandomNumbers_EffectsExactlyZero()
    {
        // Given a Morris design on Ishigami's axes and one more the model ignores, run with common random numbers
        var points = new MorrisDesign().Create(IshigamiAxes(1), 100, 7, DesignOptions.Default);
        var (means, noise) = Sweep(points, common: true, interacting: true);

        // When the measures are estimated
        var analysis = MorrisEstimator.Analyse(points, means, new BootstrapOptions(200, 0.95, 1), noise);

        // Then the ignored axis's μ, μ* and σ are 0 (every step of it changes no run) and the read axes' are not
        Assert.That(analysis.Indices.MuStar[3], Is.Zero);
        Assert.That(analysis.Indices.Mu[3], Is.Zero);
        Assert.That(analysis.Indices.Sigma[3], Is.Zero);
        Assert.That(analysis.MuStarIntervals[3].High, Is.Zero);
        for (var i = 0; i < 3; i++) Assert.That(analysis.Indices.MuStar[i], Is.GreaterThan(1), $"μ* of x{i + 1}");
    }

    [Test]
    public void Morris_IgnoredAxisWithASeedPerPoint_MuStarAboveZero()
    {
        // Given the same design run with a seed per point
        var points = new MorrisDesign().Create(IshigamiAxes(1), 100, 7, DesignOptions.Default);
        var (means, _) = Sweep(points, common: false);

        // When the measures are estimated / Then the ignored axis shows the noise as an effect: each step's difference
        // of two independent means (s.d. √2 here) over Δ = 2/3, so μ* is near 1.7
        var indices = MorrisEstimator.Estimate(points, means);
        Assert.That(indices.MuStar[3], Is.GreaterThan(1));
    }

    [Test]
    public void Morris_NoiseShare_IsMeanNoiseOverThePopulationVarianceOfTheOutputs()
    {
        // Given a Morris sweep of the stochastic model
        var points = new MorrisDesign().Create(IshigamiAxes(), 40, 9, DesignOptions.Default);
        var (means, noise) = Sweep(points, common: true);

        // When analysed with the noise
        var analysis = MorrisEstimator.Analyse(points, means, new BootstrapOptions(100, 0.95, 2), noise);

        // Then the share is the formula written out: the mean noise over the variance of the outputs (denominator n)
        var mean = means.Average();
        var variance = means.Average(y => (y - mean) * (y - mean));
        Assert.That(analysis.Noise!.Share, Is.EqualTo(noise.Average() / variance).Within(1e-12));
        Assert.That(analysis.Noise.Interval.Low, Is.LessThan(analysis.Noise.Share));
        Assert.That(analysis.Noise.Interval.High, Is.GreaterThan(analysis.Noise.Share));
    }

    [Test]
    public void Analyse_WithNoise_SameIndicesAndIntervalsAsWithout()
    {
        // Given a Sobol' and a Morris sweep of the stochastic model
        var saltelli = Saltelli(128, 1);
        var (sMeans, sNoise) = Sweep(saltelli, common: true, interacting: true);
        var morris = new MorrisDesign().Create(IshigamiAxes(), 30, 4, DesignOptions.Default);
        var (mMeans, mNoise) = Sweep(morris, common: true);
        var bootstrap = new BootstrapOptions(100, 0.9, 5);

        // When each is analysed with and without the noise
        var sobolWith = SobolEstimator.Analyse(saltelli.Layout, sMeans, bootstrap, sNoise);
        var sobolWithout = SobolEstimator.Analyse(saltelli.Layout, sMeans, bootstrap);
        var morrisWith = MorrisEstimator.Analyse(morris, mMeans, bootstrap, mNoise);
        var morrisWithout = MorrisEstimator.Analyse(morris, mMeans, bootstrap);

        // Then the noise share is added and nothing else changes (the resamples are the same draws)
        Assert.That(sobolWithout.Noise, Is.Null);
        Assert.That(sobolWith.Noise, Is.Not.Null);
        Assert.That(sobolWith.Indices.Total, Is.EqualTo(sobolWithout.Indices.Total));
        Assert.That(sobolWith.Indices.FirstOrder, Is.EqualTo(sobolWithout.Indices.FirstOrder));
        Assert.That(sobolWith.TotalIntervals, Is.EqualTo(sobolWithout.TotalIntervals));
        Assert.That(sobolWith.FirstOrderIntervals, Is.EqualTo(sobolWithout.FirstOrderIntervals));
        Assert.That(morrisWithout.Noise, Is.Null);
        Assert.That(morrisWith.Noise, Is.Not.Null);
        Assert.That(morrisWith.Indices.MuStar, Is.EqualTo(morrisWithout.Indices.MuStar));
        Assert.That(morrisWith.MuStarIntervals, Is.EqualTo(morrisWithout.MuStarIntervals));
    }

    [Test]
    public void Sobol_NoiseShare_IsMeanNoiseOverV()
    {
        // Given hand-made outputs and noise variances for a layout of 3 base samples on 1 axis (9 points)
        var layout = new SaltelliLayout(1, 3);
        double[] outputs = [1, 2, 3, 4, 4, 6, 0, 1, 2];
        double[] noise = [0.1, 0.2, 0.3, 0, 0, 0.6, 0.3, 0.3, 0.3];

        // When analysed
        var analysis = SobolEstimator.Analyse(layout, outputs, new BootstrapOptions(50, 0.95, 1), noise);

        // Then the share is the mean noise (2.1/9) over V, the variance of A and B's outputs (1, 3, 4, 6, 0, 2) = 35/9:
        // 2.1/35 = 0.06
        Assert.That(analysis.Indices.Variance, Is.EqualTo(35.0 / 9).Within(1e-12));
        Assert.That(analysis.Noise!.Share, Is.EqualTo(0.06).Within(1e-12));
    }

    [TestCase(8, 0.1, "9 are needed; 8 were given")]
    [TestCase(9, -0.1, "the noise variance of point 4 is -0.1")]
    [TestCase(9, double.NaN, "the noise variance of point 4 is NaN")]
    [TestCase(9, double.PositiveInfinity, "the noise variance of point 4 is Infinity")]
    public void Analyse_BadNoise_ThrowsSayingWhat(int count, double bad, string message)
    {
        // Given noise variances of the wrong count, or with a bad value at point 4
        var layout = new SaltelliLayout(1, 3);
        double[] outputs = [1, 2, 3, 4, 4, 6, 0, 1, 2];
        var noise = new double[count];
        if (count == 9) noise[4] = bad;

        // When analysed / Then refused, saying what is wrong
        var e = Assert.Throws<ArgumentException>(() => SobolEstimator.Analyse(layout, outputs, new BootstrapOptions(50, 0.95, 1), noise));
        Assert.That(e!.Message, Does.Contain(message));
    }
}
