using HedgeAgents.Core.Sweeps;

namespace HedgeAgents.Core.Tests.Sweeps;

public class LatinHypercubeDesignTests
{
    private static readonly LatinHypercubeDesign Lhs = new();

    private static SweepAxis[] UnitAxes(int d) => [.. Enumerable.Range(0, d).Select(i => SweepAxis.Range($"a{i}", 0, 1))];

    private static double[][] Unit(UnitCubePoints points)
    {
        var all = new double[points.Count][];
        for (var p = 0; p < points.Count; p++)
        {
            all[p] = new double[points.Dimensions];
            points.FillUnit(p, all[p]);
        }
        return all;
    }

    [TestCase(1, 1, 7UL)]
    [TestCase(2, 3, 7UL)]
    [TestCase(7, 5, 1UL)]
    [TestCase(100, 8, 42UL)]
    [TestCase(1000, 3, 12345UL)]
    [TestCase(3, 20, 0xDEADBEEFUL)]
    public void FillUnit_AnyNAndD_ExactlyOnePointPerStratumPerAxis(int n, int d, ulong seed)
    {
        // Given a Latin hypercube of n points on d axes
        var points = Unit(Lhs.Create(UnitAxes(d), n, seed, DesignOptions.Default));

        // When each coordinate is assigned its stratum ⌊u·n⌋
        // Then, on every axis, the strata of the n points are 0..n−1 each exactly once
        for (var i = 0; i < d; i++)
        {
            var strata = points.Select(p => (int)Math.Floor(p[i] * n)).OrderBy(s => s);
            Assert.That(strata, Is.EqualTo(Enumerable.Range(0, n)), $"axis {i}");
            Assert.That(points.Min(p => p[i]), Is.GreaterThanOrEqualTo(0.0));
            Assert.That(points.Max(p => p[i]), Is.LessThan(1.0));
        }
    }

    [Test]
    public void InStratum_OffsetsUpToTheLargestDraw_StayInTheirStratum()
    {
        // Given every n up to 300, strata at both ends and the middle, and offsets up to 1 − 2^−53 (the largest
        // NextDouble), where (stratum + offset)/n rounds into the next stratum for many n (n = 3, stratum 0, say)
        foreach (var n in Enumerable.Range(1, 300))
            foreach (var stratum in new[] { 0, n / 3, n / 2, n - 1 }.Distinct())
                foreach (var offset in new[] { 0.0, 0.5, Math.BitDecrement(1.0) })
                {
                    // When placed
                    var u = LatinHypercubePoints.InStratum(stratum, offset, n);

                    // Then ⌊u·n⌋ is the stratum, as computed in doubles
                    Assert.That(Math.Floor(u * n), Is.EqualTo(stratum), $"n = {n}, stratum {stratum}, offset {offset:R}");
                }
    }

    [Test]
    public void Create_SameSeed_SamePoints()
    {
        // Given the same axes, samples and seed twice / When the designs are made
        var first = Unit(Lhs.Create(UnitAxes(4), 50, 99, DesignOptions.Default));
        var second = Unit(Lhs.Create(UnitAxes(4), 50, 99, DesignOptions.Default));

        // Then every coordinate is equal
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Create_DifferentSeeds_DifferentPermutationsAndOffsets()
    {
        // Given two seeds / When designs are made
        var first = Unit(Lhs.Create(UnitAxes(4), 50, 1, DesignOptions.Default));
        var second = Unit(Lhs.Create(UnitAxes(4), 50, 2, DesignOptions.Default));

        // Then on every axis the order of strata differs (50! orders: a coincidence would be a bug)
        for (var i = 0; i < 4; i++)
            Assert.That(second.Select(p => Math.Floor(p[i] * 50)), Is.Not.EqualTo(first.Select(p => Math.Floor(p[i] * 50))), $"axis {i}");
    }

    [Test]
    public void Create_DifferentAxes_IndependentPermutations()
    {
        // Given one design on 3 axes / When the strata orders of its axes are compared
        var points = Unit(Lhs.Create(UnitAxes(3), 40, 5, DesignOptions.Default));
        var orders = Enumerable.Range(0, 3).Select(i => string.Join(",", points.Select(p => Math.Floor(p[i] * 40)))).ToList();

        // Then no two axes share a permutation (a shared stream would give the same one)
        Assert.That(orders.Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public void Create_AxisAdded_EarlierColumnsUnchanged()
    {
        // Given a design on 2 axes and one on the same 2 axes plus a third, same seed
        var two = Unit(Lhs.Create(UnitAxes(2), 30, 8, DesignOptions.Default));
        var three = Unit(Lhs.Create(UnitAxes(3), 30, 8, DesignOptions.Default));

        // When the first two columns are compared / Then they are identical (each axis has its own stream)
        Assert.That(three.Select(p => p[..2]), Is.EqualTo(two));
    }

    [Test]
    public void Fill_ListAndLogAxes_MappedFromTheUnitCoordinate()
    {
        // Given a listed axis of 3 values and a log range [1e-4, 1], 12 samples
        var axes = new[] { SweepAxis.List("k", [5, 6, 7]), SweepAxis.Range("h", 1e-4, 1, log: true) };
        var points = Lhs.Create(axes, 12, 3, DesignOptions.Default);
        var unit = new double[2];
        var values = new double[2];
        var counts = new Dictionary<double, int>();

        for (var p = 0; p < 12; p++)
        {
            // When each point is read in both spaces
            points.FillUnit(p, unit);
            points.Fill(p, values);

            // Then each value is the axis's mapping of its unit coordinate, inside the range
            Assert.That(values[0], Is.EqualTo(axes[0].FromUnit(unit[0])));
            Assert.That(values[1], Is.EqualTo(axes[1].FromUnit(unit[1])));
            Assert.That(values[1], Is.InRange(1e-4, 1.0));
            counts[values[0]] = counts.GetValueOrDefault(values[0]) + 1;
        }

        // And the listed values are balanced: 12 strata, 4 per value
        Assert.That(counts, Is.EquivalentTo(new Dictionary<double, int> { [5] = 4, [6] = 4, [7] = 4 }));
    }

    [Test]
    public void FillUnit_LogAxis_OnePointPerDecadeOfFour()
    {
        // Given a log range [1e-4, 1] (four decades) and 4 samples
        var points = Lhs.Create([SweepAxis.Range("h", 1e-4, 1, log: true)], 4, 17, DesignOptions.Default);
        var value = new double[1];
        var decades = new List<int>();

        // When each value's decade is taken
        for (var p = 0; p < 4; p++)
        {
            points.Fill(p, value);
            decades.Add((int)Math.Floor(Math.Log10(value[0])));
        }

        // Then each decade holds one point: the strata are uniform in log value
        Assert.That(decades.OrderBy(x => x), Is.EqualTo(new[] { -4, -3, -2, -1 }));
    }

    [Test]
    public void Check_RangeWithStepsOrNoSamples_Named()
    {
        // Given a range with steps (a grid setting) and samples = 0
        // When checked / Then both are reported
        Assert.That(Lhs.Check([SweepAxis.Range("x", 0, 1, steps: 3)], 0, DesignOptions.Default), Is.EqualTo(new[]
        {
            "lhs: axis 'x' has steps, which apply to grid designs; the 'lhs' design samples the whole range",
            "lhs: samples must be at least 1 (the number of points); it is 0",
        }));
    }
}
