using HedgeAgents.Core.Sweeps;

namespace HedgeAgents.Core.Tests.Sweeps;

/// <summary>The contract every design in <see cref="SweepDesigns.Registry"/> keeps (Axelrod-style inherited tests):
/// a new design is picked up from the registry automatically.</summary>
public class SweepDesignContractTests
{
    public static IEnumerable<TestCaseData> Designs() =>
        SweepDesigns.Registry.Names.Select(name => new TestCaseData(name).SetName($"{{m}}({name})"));

    /// <summary>A list, a linear range and a log range, with steps only where the design wants them.</summary>
    private static SweepAxis[] Axes(ISweepDesign design) =>
    [
        SweepAxis.List("actors.count", [2, 3, 5]),
        SweepAxis.Range("shocks.hazard", 0.05, 0.5, design.IsSampled ? 0 : 4),
        SweepAxis.Range("risk.aversion", 0.01, 100, design.IsSampled ? 0 : 3, log: true),
    ];

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

    [TestCaseSource(nameof(Designs))]
    public void Check_ValidAxes_NoProblem(string name)
    {
        // Given a design and axes it accepts / When checked / Then nothing is reported
        var design = SweepDesigns.Registry.Get(name);
        Assert.That(design.Check(Axes(design), 8, DesignOptions.Default), Is.Empty);
    }

    [TestCaseSource(nameof(Designs))]
    public void Create_SameArguments_SamePoints(string name)
    {
        // Given a design made twice from the same arguments
        var design = SweepDesigns.Registry.Get(name);
        var first = All(design.Create(Axes(design), 8, 77, DesignOptions.Default));
        var second = All(design.Create(Axes(design), 8, 77, DesignOptions.Default));

        // When all points are read / Then they are equal, and there are some
        Assert.That(first, Is.Not.Empty);
        Assert.That(second, Is.EqualTo(first));
    }

    [TestCaseSource(nameof(Designs))]
    public void Fill_EveryPoint_InsideEachAxis(string name)
    {
        // Given a design on a list, a range and a log range
        var design = SweepDesigns.Registry.Get(name);
        var points = design.Create(Axes(design), 8, 5, DesignOptions.Default);

        // When every point is read
        var all = All(points);

        // Then each value is a listed value or inside its range
        Assert.That(points.Dimensions, Is.EqualTo(3));
        Assert.That(all.Select(p => p[0]), Is.All.AnyOf(2.0, 3.0, 5.0));
        Assert.That(all.Select(p => p[1]), Is.All.InRange(0.05, 0.5));
        Assert.That(all.Select(p => p[2]), Is.All.InRange(0.01, 100.0));
    }

    [TestCaseSource(nameof(Designs))]
    public void Fill_ManyPoints_AllocatesNothing(string name)
    {
        // Given a design and a reused buffer, warmed up once
        var design = SweepDesigns.Registry.Get(name);
        var points = design.Create(Axes(design), 64, 5, DesignOptions.Default);
        Span<double> values = stackalloc double[3];
        for (var p = 0; p < points.Count; p++) points.Fill(p, values);

        // When every point is read again
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var p = 0; p < points.Count; p++) points.Fill(p, values);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then no byte was allocated
        Assert.That(allocated, Is.Zero);
    }

    [TestCaseSource(nameof(Designs))]
    public void Fill_IndexOrSpanOutOfRange_Throws(string name)
    {
        // Given a design
        var design = SweepDesigns.Registry.Get(name);
        var points = design.Create(Axes(design), 8, 5, DesignOptions.Default);

        // When read before the first point, at Count, or into a span of the wrong length / Then refused
        Assert.That(() => points.Fill(-1, new double[3]), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => points.Fill(points.Count, new double[3]), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => points.Fill(0, new double[2]), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCaseSource(nameof(Designs))]
    public void Check_NoAxes_NamedAndCreateRefuses(string name)
    {
        // Given no axes
        var design = SweepDesigns.Registry.Get(name);

        // When checked and created / Then the problem names the design, and Create throws with it
        Assert.That(design.Check([], 8, DesignOptions.Default), Has.Member($"{name}: there are no axes to sweep"));
        Assert.That(() => design.Create([], 8, 0, DesignOptions.Default),
            Throws.ArgumentException.With.Message.Contains($"{name}: there are no axes to sweep"));
    }

    [TestCaseSource(nameof(Designs))]
    public void Check_StepsWhereTheDesignDoesNotTakeThem_Named(string name)
    {
        // Given a range with steps for a sampled design, or without for a grid
        var design = SweepDesigns.Registry.Get(name);
        var axis = SweepAxis.Range("x", 0, 1, design.IsSampled ? 5 : 0);

        // When checked / Then exactly that is reported
        var expected = design.IsSampled
            ? $"{name}: axis 'x' has steps, which apply to grid designs; the '{name}' design samples the whole range"
            : $"{name}: axis 'x' is a range without steps";
        Assert.That(design.Check([axis], 8, DesignOptions.Default), Is.EqualTo(new[] { expected }));
    }
}
