using HedgeAgents.Core.Sweeps;

namespace HedgeAgents.Core.Tests.Sweeps;

public class GridDesignTests
{
    private static readonly GridDesign Grid = new();

    private static double[][] All(IDesignPoints points)
    {
        var all = new double[points.Count][];
        for (var p = 0; p < points.Count; p++)
        {
            all[p] = new double[points.Dimensions];
            points.Fill(p, all[p]);
        }
        return all;
    }

    [TestCase(new[] { 3 }, 3)]
    [TestCase(new[] { 2, 3, 4 }, 24)]
    [TestCase(new[] { 5, 1, 7 }, 35)]
    [TestCase(new[] { 2, 2, 2, 2, 2, 2 }, 64)]
    public void Count_ListAxes_ProductOfLengths(int[] lengths, long expected)
    {
        // Given list axes of the given lengths
        var axes = lengths.Select((k, i) => SweepAxis.List($"a{i}", Enumerable.Range(0, k).Select(v => (double)v))).ToList();

        // When the grid is made / Then it has one point per combination, all distinct
        var points = Grid.Create(axes, 1, 0, DesignOptions.Default);
        Assert.That(points.Count, Is.EqualTo(expected));
        Assert.That(All(points).Select(p => string.Join(",", p)).Distinct().Count(), Is.EqualTo(expected));
    }

    [Test]
    public void Fill_TwoAxes_LastAxisVariesFastest()
    {
        // Given a = [1, 2] and b = [10, 20, 30]
        var axes = new[] { SweepAxis.List("a", [1, 2]), SweepAxis.List("b", [10, 20, 30]) };

        // When every point is read in index order
        var points = All(Grid.Create(axes, 1, 0, DesignOptions.Default));

        // Then b changes at every step and a only after b wraps (mixed radix, last axis least significant)
        Assert.That(points, Is.EqualTo(new[]
        {
            new double[] { 1, 10 }, [1, 20], [1, 30], [2, 10], [2, 20], [2, 30],
        }));
    }

    [Test]
    public void FillIndices_MixedRadix_DigitsOfThePointIndex()
    {
        // Given axes of lengths 2, 3, 4 (a radix-(2,3,4) number system)
        var points = Grid.Create([SweepAxis.Range("a", 0, 1, 2), SweepAxis.Range("b", 0, 1, 3), SweepAxis.Range("c", 0, 1, 4)],
            1, 0, DesignOptions.Default);
        var indices = new int[3];

        // When point 17 = 1·12 + 1·4 + 1 is decoded / Then its digits are (1, 1, 1)
        points.FillIndices(17, indices);
        Assert.That(indices, Is.EqualTo(new[] { 1, 1, 1 }));
        points.FillIndices(23, indices);
        Assert.That(indices, Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public void Fill_RangeWithSteps_StepsValuesBothEndsIncluded()
    {
        // Given a linear range [0, 1] in 5 steps and a log range [0.01, 100] in 3 steps
        var axes = new[] { SweepAxis.Range("x", 0, 1, steps: 5), SweepAxis.Range("y", 0.01, 100, steps: 3, log: true) };

        // When every point is read
        var points = All(Grid.Create(axes, 1, 0, DesignOptions.Default));

        // Then x takes 0, ¼, ½, ¾, 1 exactly, y takes 0.01, 1, 100 with exact ends, and there are 15 points
        Assert.That(points, Has.Length.EqualTo(15));
        Assert.That(points.Select(p => p[0]).Distinct(), Is.EqualTo(new[] { 0, 0.25, 0.5, 0.75, 1 }));
        var y = points.Take(3).Select(p => p[1]).ToArray();
        Assert.That(y[0], Is.EqualTo(0.01));
        Assert.That(y[1], Is.EqualTo(1).Within(1e-14));
        Assert.That(y[2], Is.EqualTo(100));
    }

    [Test]
    public void Create_FortyBinaryAxes_ExactlyTheLimitComputedOnDemand()
    {
        // Given 40 axes of two values: 2^40 points, the most allowed
        var axes = Enumerable.Range(0, 40).Select(i => SweepAxis.List($"a{i}", [0, 1])).ToList();

        // When the grid is made and its last point read (no table of points could exist at this size)
        var points = Grid.Create(axes, 1, 0, DesignOptions.Default);
        var last = new double[40];
        points.Fill(points.Count - 1, last);

        // Then it has 2^40 points and the last is every axis's last value
        Assert.That(points.Count, Is.EqualTo(SweepDesigns.MaxPoints));
        Assert.That(last, Is.All.EqualTo(1.0));
    }

    [Test]
    public void Check_FortyOneBinaryAxes_RefusedAboveTheLimit()
    {
        // Given 41 axes of two values: 2^41 points
        var axes = Enumerable.Range(0, 41).Select(i => SweepAxis.List($"a{i}", [0, 1])).ToList();

        // When checked / Then the count and the limit are named, and Create refuses too
        Assert.That(Grid.Check(axes, 1, DesignOptions.Default),
            Is.EqualTo(new[] { "grid: the product of the axis lengths = 2199023255552 points exceeds the limit of 2^40 = 1099511627776" }));
        Assert.That(() => Grid.Create(axes, 1, 0, DesignOptions.Default), Throws.ArgumentException.With.Message.Contains("2^40"));
    }

    [Test]
    public void Check_HugeProduct_SaturatesInsteadOfOverflowing()
    {
        // Given 7 axes of 1000 steps each: 10^21 points, past long.MaxValue
        var axes = Enumerable.Range(0, 7).Select(i => SweepAxis.Range($"a{i}", 0, 1, 1000)).ToList();

        // When checked / Then it is refused, not wrapped around to a small or negative count
        Assert.That(Grid.Check(axes, 1, DesignOptions.Default), Has.One.Contains("more than 9.2e18 points exceeds the limit"));
    }

    [Test]
    public void Check_RangeWithoutSteps_Named()
    {
        // Given a range with no steps beside a valid list
        var axes = new[] { SweepAxis.List("a", [1, 2]), SweepAxis.Range("x", 0, 1) };

        // When checked / Then the problem names the design and the axis
        Assert.That(Grid.Check(axes, 1, DesignOptions.Default), Is.EqualTo(new[] { "grid: axis 'x' is a range without steps" }));
    }

    [Test]
    public void Check_OneStep_RefusedAsAmbiguous()
    {
        // Given a range with steps = 1 (it would silently drop max)
        // When checked / Then it is refused with the way out
        Assert.That(Grid.Check([SweepAxis.Range("x", 0, 1, steps: 1)], 1, DesignOptions.Default),
            Is.EqualTo(new[] { "grid: axis 'x' has steps = 1; a grid range needs at least 2 (both ends), or list its single value" }));
    }

    [Test]
    public void Check_SeveralProblems_AllReportedAtOnce()
    {
        // Given a reversed range, a log range through zero, a duplicate path and a non-finite listed value
        var axes = new[]
        {
            SweepAxis.Range("x", 1, 0, 3),
            SweepAxis.Range("y", 0, 1, 3, log: true),
            SweepAxis.List("x", [1, double.NaN]),
        };

        // When checked
        var problems = Grid.Check(axes, 1, DesignOptions.Default);

        // Then every problem is listed
        Assert.That(problems, Is.EqualTo(new[]
        {
            "grid: axis 'x' is a range with min 1 not below max 0",
            "grid: axis 'y' is a log range, which needs min > 0 (min is 0)",
            "grid: axis 'x' appears more than once",
            "grid: axis 'x' lists a value that is not a finite number",
        }));
    }
}
