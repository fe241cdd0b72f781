using HedgeAgents.Core.Sweeps;

namespace HedgeAgents.Core.Tests.Sweeps;

/// <summary>Which points share their runs' seeds: a Saltelli base sample's A, B and AB points, a Morris trajectory's
/// steps, and otherwise each point alone (so grid and Latin hypercube sweeps keep the seeds they always had).</summary>
public class SeedGroupTests
{
    private static readonly SweepAxis[] Ranges = [SweepAxis.Range("a", 0, 1), SweepAxis.Range("b", 0, 1), SweepAxis.Range("c", 0, 1)];

    private static long[] Groups(IDesignPoints points) => [.. Enumerable.Range(0, (int)points.Count).Select(p => points.SeedGroup(p))];

    [Test]
    public void SeedGroup_Sobol_TheBaseSampleOfEveryRole()
    {
        // Given a Saltelli design of 4 base samples on 3 axes (5 points each)
        var points = new SobolDesign().Create(Ranges, 4, 0, DesignOptions.Default);

        // When each point's seed group is read / Then it is the base sample, whatever the role
        Assert.That(Groups(points), Is.EqualTo(Enumerable.Range(0, 20).Select(p => (long)(p / 5))));
        for (var j = 0; j < 4; j++)
            for (var role = 0; role <= points.Layout.RoleB; role++)
                Assert.That(points.SeedGroup(points.Layout.PointOf(j, role)), Is.EqualTo(j));
    }

    [Test]
    public void SeedGroup_Morris_TheTrajectory()
    {
        // Given a Morris design of 3 trajectories on 3 axes (4 points each)
        var points = new MorrisDesign().Create(Ranges, 3, 11, DesignOptions.Default);

        // When read / Then each point's group is its trajectory
        for (var t = 0; t < 3; t++)
            for (var s = 0; s <= 3; s++)
                Assert.That(points.SeedGroup(points.PointOf(t, s)), Is.EqualTo(t));
    }

    [TestCase("grid")]
    [TestCase("lhs")]
    public void SeedGroup_GridAndLatinHypercube_EachPointItsOwn(string name)
    {
        // Given a design that compares no points run by run
        var design = SweepDesigns.Registry.Get(name);
        SweepAxis[] axes = design.IsSampled ? Ranges : [SweepAxis.Range("a", 0, 1, 3), SweepAxis.List("b", [1, 2])];
        var points = design.Create(axes, 7, 3, DesignOptions.Default);

        // When read / Then every point is its own group, so a run's seed is hashed from its point as before
        Assert.That(Groups(points), Is.EqualTo(Enumerable.Range(0, (int)points.Count).Select(p => (long)p)));
    }

    [TestCase("grid")]
    [TestCase("lhs")]
    [TestCase("sobol")]
    [TestCase("morris")]
    public void SeedGroup_OutsideThePoints_Throws(string name)
    {
        // Given any design
        var design = SweepDesigns.Registry.Get(name);
        SweepAxis[] axes = design.IsSampled ? Ranges : [SweepAxis.Range("a", 0, 1, 3)];
        var points = design.Create(axes, 4, 3, DesignOptions.Default);

        // When a group is asked for an index outside [0, Count) / Then it is refused
        Assert.Throws<ArgumentOutOfRangeException>(() => points.SeedGroup(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => points.SeedGroup(points.Count));
    }
}
