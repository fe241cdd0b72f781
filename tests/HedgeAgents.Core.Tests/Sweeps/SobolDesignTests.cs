using HedgeAgents.Core.Sweeps;

namespace HedgeAgents.Core.Tests.Sweeps;

public class SobolDesignTests
{
    private static readonly SobolDesign Sobol = new();

    private static SweepAxis[] UnitAxes(int d) => [.. Enumerable.Range(0, d).Select(i => SweepAxis.Range($"a{i}", 0, 1))];

    private static double[] UnitAt(UnitCubePoints points, long p)
    {
        var x = new double[points.Dimensions];
        points.FillUnit(p, x);
        return x;
    }

    [TestCase(1, 1)]
    [TestCase(2, 4)]
    [TestCase(3, 100)]
    [TestCase(10, 64)]
    public void Count_NBaseSamplesDAxes_NTimesDPlus2(int d, int n)
    {
        // Given d axes and N base samples / When the design is made / Then it has N(d+2) points
        var points = Sobol.Create(UnitAxes(d), n, 0, DesignOptions.Default);
        Assert.That(points.Count, Is.EqualTo((long)n * (d + 2)));
        Assert.That(points.Layout.Count, Is.EqualTo(points.Count));
    }

    [TestCase(1, 8)]
    [TestCase(3, 16)]
    [TestCase(7, 33)]
    public void FillUnit_EveryBaseSample_AbIEqualsAExceptColumnIFromB(int d, int n)
    {
        // Given a Saltelli design
        var points = Sobol.Create(UnitAxes(d), n, 0, DesignOptions.Default);
        var layout = points.Layout;

        for (var j = 0; j < n; j++)
        {
            // When base sample j's A, B and every AB^(i) are read through the layout
            var a = UnitAt(points, layout.PointOf(j, SaltelliLayout.RoleA));
            var b = UnitAt(points, layout.PointOf(j, layout.RoleB));
            Assert.That(layout.PointOf(j, SaltelliLayout.RoleA), Is.EqualTo(j * (d + 2L)));
            for (var i = 0; i < d; i++)
            {
                var ab = UnitAt(points, layout.PointOf(j, SaltelliLayout.RoleAB(i)));

                // Then AB^(i) is A with column i replaced by B's
                var expected = (double[])a.Clone();
                expected[i] = b[i];
                Assert.That(ab, Is.EqualTo(expected), $"sample {j}, axis {i}");
            }

            // And A and B are the two halves of Sobol' point Skip + j in 2d dimensions
            var sequence = new SobolSequence(2 * d);
            var x = new double[2 * d];
            sequence.Fill(layout.SequenceIndex(j), x);
            Assert.That(a, Is.EqualTo(x[..d]));
            Assert.That(b, Is.EqualTo(x[d..]));
        }
    }

    [Test]
    public void FillUnit_TwoAxesFourSamples_MatchesSalibSaltelliSample()
    {
        // Given SALib 1.4's saltelli.sample({'num_vars': 2, 'bounds': [[0, 1], [0, 1]]}, 4, calc_second_order=False),
        // which skips max(16, 4) = 16 points of its (Joe-Kuo, unscrambled) Sobol' sequence. Its base points 16..19 in 4
        // dimensions, taken from scipy.stats.qmc.Sobol(4, scramble=False) after fast_forward(16) (scipy 1.10.1):
        double[][] sequence =
        [
            [0.09375, 0.46875, 0.46875, 0.65625],
            [0.59375, 0.96875, 0.96875, 0.15625],
            [0.84375, 0.21875, 0.21875, 0.90625],
            [0.34375, 0.71875, 0.71875, 0.40625],
        ];
        var expected = sequence.SelectMany(s => new[]
        {
            new[] { s[0], s[1] }, // A
            [s[2], s[1]], // AB^(1)
            [s[0], s[3]], // AB^(2)
            [s[2], s[3]], // B
        }).ToArray();

        // When our design's points are read
        var points = Sobol.Create(UnitAxes(2), 4, 0, DesignOptions.Default);
        var actual = Enumerable.Range(0, 16).Select(p => UnitAt(points, p)).ToArray();

        // Then they are SALib's rows in SALib's order
        Assert.That(actual, Is.EqualTo(expected));
    }

    [TestCase(1, 16)]
    [TestCase(4, 16)]
    [TestCase(16, 16)]
    [TestCase(17, 32)]
    [TestCase(100, 128)]
    [TestCase(1024, 1024)]
    public void SkipFor_BaseSamples_PowerOfTwoAtLeastNAnd16(long n, long skip)
    {
        // Given N base samples / When the skip is worked out / Then it is SALib 1.4's default
        Assert.That(SaltelliLayout.SkipFor(n), Is.EqualTo(skip));
    }

    [Test]
    public void Layout_PointIndex_SampleAndRoleRoundTrip()
    {
        // Given the layout of 5 axes, 7 base samples
        var layout = new SaltelliLayout(5, 7);

        // When every point is decoded and encoded again
        // Then p = PointOf(SampleOf(p), RoleOf(p)), role 0 is A and role d+1 is B
        for (long p = 0; p < layout.Count; p++)
        {
            Assert.That(layout.PointOf(layout.SampleOf(p), layout.RoleOf(p)), Is.EqualTo(p));
            Assert.That(layout.SampleOf(p), Is.EqualTo(p / 7));
            Assert.That(layout.RoleOf(p), Is.EqualTo(p % 7));
        }
        Assert.That(layout.RoleB, Is.EqualTo(6));
    }

    [Test]
    public void FillUnit_NoBaseSample_IsDegenerate()
    {
        // Given a design on 3 axes with 64 base samples (the skipped points 0 and 1 would give A = B)
        var points = Sobol.Create(UnitAxes(3), 64, 0, DesignOptions.Default);

        // When each base sample's A and B are compared / Then they never coincide
        for (var j = 0; j < 64; j++)
            Assert.That(UnitAt(points, points.Layout.PointOf(j, points.Layout.RoleB)),
                Is.Not.EqualTo(UnitAt(points, points.Layout.PointOf(j, SaltelliLayout.RoleA))), $"sample {j}");
    }

    [Test]
    public void Fill_ListAndLogAxes_MappedFromTheUnitCoordinate()
    {
        // Given a listed axis and a log range
        var axes = new[] { SweepAxis.List("k", [1, 2, 3, 4]), SweepAxis.Range("h", 0.01, 10, log: true) };
        var points = Sobol.Create(axes, 32, 0, DesignOptions.Default);
        var unit = new double[2];
        var values = new double[2];

        for (var p = 0; p < points.Count; p++)
        {
            // When every point is read in both spaces
            points.FillUnit(p, unit);
            points.Fill(p, values);

            // Then values are the axes' mappings of the unit coordinates
            Assert.That(values[0], Is.EqualTo(new double[] { 1, 2, 3, 4 }[(int)(unit[0] * 4)]));
            Assert.That(values[1], Is.EqualTo(Math.Exp(Math.Log(0.01) + unit[1] * (Math.Log(10) - Math.Log(0.01)))).Within(1e-12));
        }
    }

    [Test]
    public void Check_TooManyAxesOrPoints_Named()
    {
        // Given 513 axes (1026 Sobol' dimensions, 2 more than embedded), and separately 512 axes with 2^31 − 1 samples
        var tooWide = Sobol.Check(UnitAxes(513), 1, DesignOptions.Default);
        var tooMany = Sobol.Check(UnitAxes(512), int.MaxValue, DesignOptions.Default);

        // When checked / Then each is refused with the reason
        Assert.That(tooWide, Is.EqualTo(new[]
        {
            "sobol: 513 axes need 1026 Sobol' dimensions; the embedded Joe–Kuo table has 1024, so at most 512 axes",
        }));
        Assert.That(tooMany, Is.EqualTo(new[] { "sobol: N(d+2) = 1103806594558 points exceeds the limit of 2^40 = 1099511627776" }));
    }

    [Test]
    public void Create_SeedIgnored_SamePointsForAnySeed()
    {
        // Given two seeds / When designs are made / Then the (unscrambled) points are the same
        var a = Sobol.Create(UnitAxes(2), 8, 1, DesignOptions.Default);
        var b = Sobol.Create(UnitAxes(2), 8, 2, DesignOptions.Default);
        for (var p = 0; p < a.Count; p++) Assert.That(UnitAt(b, p), Is.EqualTo(UnitAt(a, p)));
    }
}
