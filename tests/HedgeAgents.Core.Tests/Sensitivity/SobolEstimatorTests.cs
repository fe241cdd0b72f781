using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Core.Sensitivity;
using HedgeAgents.Core.Sweeps;
using static HedgeAgents.Core.Tests.Sensitivity.TestFunctions;

namespace HedgeAgents.Core.Tests.Sensitivity;

public class SobolEstimatorTests
{
    private static readonly SobolDesign Sobol = new();

    // The issue's tolerance on every index (issue 7, "What must hold").
    private const double Tolerance = 0.05;

    private static (SaltelliLayout Layout, double[] Outputs) Ishigami(int n, int extraAxes = 0)
    {
        var points = Sobol.Create(IshigamiAxes(extraAxes), n, 0, DesignOptions.Default);
        return (points.Layout, Evaluate(points, x => TestFunctions.Ishigami(x)));
    }

    [Test]
    public void Estimate_IshigamiN10000_WithinTolerance005OfAnalytic()
    {
        // Given the Ishigami function (a = 7, b = 0.1) at every point of a Saltelli design with N = 10,000
        var (layout, outputs) = Ishigami(10_000);
        var (s1, st) = IshigamiIndices();

        // When the indices are estimated from the outputs
        var indices = SobolEstimator.Estimate(layout, outputs);
        TestContext.Out.WriteLine($"S1 {string.Join(", ", indices.FirstOrder)}; ST {string.Join(", ", indices.Total)}");

        // Then S1 ≈ (0.314, 0.442, 0) and ST ≈ (0.558, 0.442, 0.244), each within 0.05
        Assert.That(s1, Is.EqualTo(new[] { 0.314, 0.442, 0.0 }).Within(0.001), "the analytic values, as the issue states them");
        Assert.That(st, Is.EqualTo(new[] { 0.558, 0.442, 0.244 }).Within(0.001), "the analytic values, as the issue states them");
        Assert.Multiple(() =>
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.That(indices.FirstOrder[i], Is.EqualTo(s1[i]).Within(Tolerance), $"S1 of x{i + 1}");
                Assert.That(indices.Total[i], Is.EqualTo(st[i]).Within(Tolerance), $"ST of x{i + 1}");
            }
        });
    }

    [Test]
    public void Estimate_GFunctionEightAxesN10000_WithinTolerance005OfAnalytic()
    {
        // Given the G-function with a = (0, 1, 4.5, 9, 99, 99, 99, 99) on a Saltelli design with N = 10,000
        double[] a = [0, 1, 4.5, 9, 99, 99, 99, 99];
        var points = Sobol.Create(UnitAxes(a.Length), 10_000, 0, DesignOptions.Default);
        var outputs = Evaluate(points, x => GFunction(x, a));
        var (s1, st) = GFunctionIndices(a);

        // When the indices are estimated
        var indices = SobolEstimator.Estimate(points.Layout, outputs);
        TestContext.Out.WriteLine($"S1 {string.Join(", ", indices.FirstOrder)}; ST {string.Join(", ", indices.Total)}");

        // Then every index is within 0.05 of V_i/V and V_i Π_{j≠i}(1 + V_j)/V
        Assert.Multiple(() =>
        {
            for (var i = 0; i < a.Length; i++)
            {
                Assert.That(indices.FirstOrder[i], Is.EqualTo(s1[i]).Within(Tolerance), $"S1 of axis {i} (a = {a[i]})");
                Assert.That(indices.Total[i], Is.EqualTo(st[i]).Within(Tolerance), $"ST of axis {i} (a = {a[i]})");
            }
        });
    }

    [Test]
    public void Estimate_AxisTheFunctionIgnores_TotalIndexBelow005()
    {
        // Given Ishigami on four axes, the fourth of which the function never reads
        var (layout, outputs) = Ishigami(1024, extraAxes: 1);

        // When the indices are estimated
        var indices = SobolEstimator.Estimate(layout, outputs);

        // Then the ignored axis's total index is below 0.05: Jansen's is exactly 0, as f(AB^(4)) = f(A) at every sample
        Assert.That(indices.Total[3], Is.LessThan(Tolerance));
        Assert.That(indices.Total[3], Is.Zero);
        Assert.That(indices.FirstOrder[3], Is.Zero);
    }

    /// <summary>Random outputs for a random layout: d in 1..6, N in 1..60, values in [−50, 50] with some repeats.</summary>
    private static Arbitrary<(SaltelliLayout Layout, double[] Outputs)> RandomOutputs() =>
        (from d in Gen.Choose(1, 6)
         from n in Gen.Choose(2, 60)
         from values in Gen.ArrayOf(Gen.Choose(-500, 500).Select(x => x / 10.0), n * (d + 2))
         select (new SaltelliLayout(d, n), values)).ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public Property Estimate_RandomOutputs_MatchSalibFormulasWrittenOut() =>
        Prop.ForAll(RandomOutputs(), x =>
        {
            // Given arbitrary outputs for a Saltelli layout, not constant over A and B
            var (layout, outputs) = x;
            var n = (int)layout.BaseSamples;
            double F(int j, int role) => outputs[layout.PointOf(j, role)];
            var all = Enumerable.Range(0, n).SelectMany(j => new[] { F(j, SaltelliLayout.RoleA), F(j, layout.RoleB) }).ToArray();
            if (all.Distinct().Count() < 2) return;

            // When the indices are estimated
            var indices = SobolEstimator.Estimate(layout, outputs);

            // Then they are SALib 1.4's formulas written out naively: V over A and B (1/2N), S1 with f(B) centred on
            // the mean of all outputs, ST by Jansen
            var v = all.Select(y => (y - all.Average()) * (y - all.Average())).Average();
            var mean = outputs.Average();
            Assert.That(indices.Variance, Is.EqualTo(v).Within(1e-9 * v));
            for (var i = 0; i < layout.Dimensions; i++)
            {
                var ab = SaltelliLayout.RoleAB(i);
                var s1 = Enumerable.Range(0, n).Average(j => (F(j, layout.RoleB) - mean) * (F(j, ab) - F(j, SaltelliLayout.RoleA))) / v;
                var st = Enumerable.Range(0, n).Average(j => Math.Pow(F(j, SaltelliLayout.RoleA) - F(j, ab), 2)) / (2 * v);
                Assert.That(indices.FirstOrder[i], Is.EqualTo(s1).Within(1e-9 * (1 + Math.Abs(s1))), $"S1 of axis {i}");
                Assert.That(indices.Total[i], Is.EqualTo(st).Within(1e-9 * (1 + st)), $"ST of axis {i}");
            }
        });

    [TestCase(1e6, 1)]
    [TestCase(-5, 1000)]
    [TestCase(0, 1e-6)]
    public void Estimate_OutputShiftedAndScaled_SameIndices(double shift, double scale)
    {
        // Given Ishigami's outputs and the same outputs shifted and scaled
        var (layout, outputs) = Ishigami(256);
        var moved = outputs.Select(y => shift + scale * y).ToArray();

        // When both are estimated
        var original = SobolEstimator.Estimate(layout, outputs);
        var transformed = SobolEstimator.Estimate(layout, moved);

        // Then the indices agree (they are shares of V), even with a large offset
        Assert.That(transformed.FirstOrder.Items, Is.EqualTo(original.FirstOrder.Items).Within(1e-8));
        Assert.That(transformed.Total.Items, Is.EqualTo(original.Total.Items).Within(1e-8));
        Assert.That(transformed.Variance, Is.EqualTo(original.Variance * scale * scale).Within(1e-8 * original.Variance * scale * scale));
    }

    [Test]
    public void Analyse_IshigamiN10000_IntervalsContainTheAnalyticIndices()
    {
        // Given Ishigami on a Saltelli design with N = 10,000, and 500 bootstrap resamples at 95 %
        var (layout, outputs) = Ishigami(10_000);
        var (s1, st) = IshigamiIndices();

        // When the indices are analysed
        var analysis = SobolEstimator.Analyse(layout, outputs, new BootstrapOptions(500, 0.95, Seed: 7));
        for (var i = 0; i < 3; i++)
            TestContext.Out.WriteLine($"x{i + 1}: S1 {analysis.Indices.FirstOrder[i]:F4} {analysis.FirstOrderIntervals[i]}, " +
                                      $"ST {analysis.Indices.Total[i]:F4} {analysis.TotalIntervals[i]}");

        // Then every interval contains the analytic index and its own estimate, and is narrower than the 0.05 tolerance
        Assert.Multiple(() =>
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.That(analysis.FirstOrderIntervals[i].Contains(s1[i]), $"S1 of x{i + 1}: {analysis.FirstOrderIntervals[i]} ∌ {s1[i]}");
                Assert.That(analysis.TotalIntervals[i].Contains(st[i]), $"ST of x{i + 1}: {analysis.TotalIntervals[i]} ∌ {st[i]}");
                Assert.That(analysis.FirstOrderIntervals[i].Contains(analysis.Indices.FirstOrder[i]));
                Assert.That(analysis.TotalIntervals[i].Contains(analysis.Indices.Total[i]));
                Assert.That(analysis.FirstOrderIntervals[i].Width, Is.LessThan(2 * Tolerance));
                Assert.That(analysis.TotalIntervals[i].Width, Is.LessThan(2 * Tolerance));
                Assert.That(analysis.TotalIntervals[i].Level, Is.EqualTo(0.95));
            }
        });
    }

    [Test]
    public void Analyse_SameSeed_SameIntervals_OtherSeed_OtherIntervals()
    {
        // Given Ishigami's outputs on a small design
        var (layout, outputs) = Ishigami(128);

        // When the bootstrap runs twice with seed 3 and once with seed 4
        var first = SobolEstimator.Analyse(layout, outputs, new BootstrapOptions(200, 0.9, 3));
        var again = SobolEstimator.Analyse(layout, outputs, new BootstrapOptions(200, 0.9, 3));
        var other = SobolEstimator.Analyse(layout, outputs, new BootstrapOptions(200, 0.9, 4));

        // Then the same seed gives identical intervals and another seed different ones; the estimates do not depend on it
        Assert.That(again.FirstOrderIntervals, Is.EqualTo(first.FirstOrderIntervals));
        Assert.That(again.TotalIntervals, Is.EqualTo(first.TotalIntervals));
        Assert.That(other.TotalIntervals, Is.Not.EqualTo(first.TotalIntervals));
        Assert.That(other.Indices.Total, Is.EqualTo(first.Indices.Total));
    }

    [Test]
    public void Analyse_HigherLevel_WiderIntervals()
    {
        // Given Ishigami's outputs / When analysed at 80 % and at 99 % with the same seed
        var (layout, outputs) = Ishigami(256);
        var narrow = SobolEstimator.Analyse(layout, outputs, new BootstrapOptions(300, 0.8, 1));
        var wide = SobolEstimator.Analyse(layout, outputs, new BootstrapOptions(300, 0.99, 1));

        // Then each 99 % interval contains the 80 % one (same resamples, outer quantiles)
        for (var i = 0; i < 3; i++)
        {
            Assert.That(wide.TotalIntervals[i].Low, Is.LessThanOrEqualTo(narrow.TotalIntervals[i].Low));
            Assert.That(wide.TotalIntervals[i].High, Is.GreaterThanOrEqualTo(narrow.TotalIntervals[i].High));
        }
    }

    [TestCase(0, "needs 20 outputs in point order; 0 were given")]
    [TestCase(19, "needs 20 outputs in point order; 19 were given")]
    [TestCase(25, "needs 20 outputs in point order; 25 were given")]
    public void Estimate_WrongOutputCount_ThrowsSayingHowManyItNeeds(int count, string message)
    {
        // Given a layout of 3 axes and 4 base samples (20 points) and the wrong number of outputs
        var layout = new SaltelliLayout(3, 4);
        var outputs = Enumerable.Range(0, count).Select(i => (double)i).ToArray();

        // When estimated / Then an ArgumentException says what was expected
        var e = Assert.Throws<ArgumentException>(() => SobolEstimator.Estimate(layout, outputs));
        Assert.That(e!.Message, Does.Contain(message));
    }

    [TestCase(double.NaN, 5, "point 5 (base sample 1, matrix A) is NaN")]
    [TestCase(double.PositiveInfinity, 3, "point 3 (base sample 0, AB for axis 2) is Infinity")]
    [TestCase(double.NegativeInfinity, 4, "point 4 (base sample 0, matrix B) is -Infinity")]
    public void Estimate_NonFiniteOutput_ThrowsNamingThePoint(double bad, int point, string message)
    {
        // Given outputs with one NaN or infinity
        var layout = new SaltelliLayout(3, 4);
        var outputs = Enumerable.Range(0, 20).Select(i => (double)i).ToArray();
        outputs[point] = bad;

        // When estimated / Then the exception names the point and its role
        var e = Assert.Throws<ArgumentException>(() => SobolEstimator.Estimate(layout, outputs));
        Assert.That(e!.Message, Does.Contain(message));
    }

    [Test]
    public void Estimate_ConstantOverAAndB_ThrowsVarianceZeroIndicesUndefined()
    {
        // Given outputs equal at every A and B point (the AB points may differ)
        var layout = new SaltelliLayout(2, 8);
        var outputs = new double[layout.Count];
        Array.Fill(outputs, 2.5);
        outputs[layout.PointOf(3, SaltelliLayout.RoleAB(1))] = 9;

        // When estimated / Then the exception says V is 0 and the indices are undefined, instead of returning NaN
        var e = Assert.Throws<ArgumentException>(() => SobolEstimator.Estimate(layout, outputs));
        Assert.That(e!.Message, Does.Contain("variance V is 0").And.Contain("undefined"));
    }

    [Test]
    public void Analyse_ResampleWithoutVariation_ThrowsTooFewSamples()
    {
        // Given 2 base samples of which only one varies: some resample draws the constant one twice
        var layout = new SaltelliLayout(1, 2);
        double[] outputs = [1, 1, 1, 0, 5, 5];

        // When bootstrapped with many resamples / Then the exception says the resample's indices are undefined
        var e = Assert.Throws<ArgumentException>(() => SobolEstimator.Analyse(layout, outputs, new BootstrapOptions(100, 0.9, 1)));
        Assert.That(e!.Message, Does.Contain("undefined").And.Contain("too few"));
    }

    [TestCase(1, 0.95, "resamples must be at least 2")]
    [TestCase(100, 0, "level must be strictly between 0 and 1")]
    [TestCase(100, 1, "level must be strictly between 0 and 1")]
    [TestCase(100, double.NaN, "level must be strictly between 0 and 1")]
    public void Analyse_BadBootstrapOptions_ThrowsSayingWhich(int resamples, double level, string message)
    {
        // Given valid outputs and bad bootstrap settings
        var (layout, outputs) = Ishigami(16);

        // When analysed / Then the exception names the setting
        var e = Assert.Throws<ArgumentException>(() => SobolEstimator.Analyse(layout, outputs, new BootstrapOptions(resamples, level, 1)));
        Assert.That(e!.Message, Does.Contain(message));
    }
}
