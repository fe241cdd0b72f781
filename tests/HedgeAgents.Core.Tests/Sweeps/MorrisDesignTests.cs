using HedgeAgents.Core.Sweeps;

namespace HedgeAgents.Core.Tests.Sweeps;

public class MorrisDesignTests
{
    private static readonly MorrisDesign Morris = new();

    private static SweepAxis[] UnitAxes(int d) => [.. Enumerable.Range(0, d).Select(i => SweepAxis.Range($"a{i}", 0, 1))];

    private static int[] LevelsAt(MorrisPoints points, long p)
    {
        var levels = new int[points.Dimensions];
        points.FillLevels(p, levels);
        return levels;
    }

    [TestCase(1, 5, 4, 1UL)]
    [TestCase(3, 10, 4, 2UL)]
    [TestCase(6, 20, 6, 3UL)]
    [TestCase(10, 8, 2, 4UL)]
    [TestCase(4, 30, 8, 5UL)]
    public void Trajectories_EveryStep_ChangesOneAxisByExactlyDelta(int d, int r, int p, ulong seed)
    {
        // Given r trajectories on d axes with p levels
        var points = Morris.Create(UnitAxes(d), r, seed, new DesignOptions(p));
        var delta = p / (2.0 * (p - 1));
        Assert.That(points.Count, Is.EqualTo((long)r * (d + 1)));
        Assert.That(points.Delta, Is.EqualTo(delta));

        for (var t = 0; t < r; t++)
        {
            var moved = new List<int>();
            for (var s = 1; s <= d; s++)
            {
                // When consecutive points of a trajectory are compared, in levels and in unit space
                var before = LevelsAt(points, points.PointOf(t, s - 1));
                var after = LevelsAt(points, points.PointOf(t, s));
                var changed = Enumerable.Range(0, d).Where(i => before[i] != after[i]).ToList();
                var ub = new double[d];
                var ua = new double[d];
                points.FillUnit(points.PointOf(t, s - 1), ub);
                points.FillUnit(points.PointOf(t, s), ua);

                // Then exactly one axis changed, by p/2 levels = Δ, and the exposed structure says which and how
                Assert.That(changed, Has.Count.EqualTo(1), $"trajectory {t}, step {s}");
                var axis = changed[0];
                Assert.That(points.ChangedAxis(t, s), Is.EqualTo(axis));
                Assert.That(Math.Abs(after[axis] - before[axis]), Is.EqualTo(p / 2));
                Assert.That(ua[axis] - ub[axis], Is.EqualTo(points.SignedDelta(t, s)).Within(1e-15));
                Assert.That(Math.Abs(points.SignedDelta(t, s)), Is.EqualTo(delta));
                moved.Add(axis);
            }

            // And every axis moved exactly once in the trajectory
            Assert.That(moved.OrderBy(i => i), Is.EqualTo(Enumerable.Range(0, d)), $"trajectory {t}");
        }
    }

    [TestCase(4)]
    [TestCase(6)]
    [TestCase(10)]
    public void FillUnit_EveryPoint_OnThePLevelGrid(int p)
    {
        // Given a design with p levels
        var points = Morris.Create(UnitAxes(5), 40, 9, new DesignOptions(p));
        var unit = new double[5];
        var seen = new HashSet<int>();

        for (var q = 0; q < points.Count; q++)
        {
            // When each point's unit coordinates are scaled by p − 1
            points.FillUnit(q, unit);
            foreach (var u in unit)
            {
                // Then each is a whole level between 0 and p − 1
                var level = u * (p - 1);
                Assert.That(level, Is.EqualTo(Math.Round(level)).Within(1e-9));
                Assert.That(u, Is.InRange(0.0, 1.0));
                seen.Add((int)Math.Round(level));
            }
        }

        // And, over 40 trajectories, every level is used
        Assert.That(seen.OrderBy(l => l), Is.EqualTo(Enumerable.Range(0, p)));
    }

    [Test]
    public void Create_SameSeed_SameTrajectoriesAndDifferentSeedDiffers()
    {
        // Given designs from seeds 11, 11 and 12
        var a = Morris.Create(UnitAxes(6), 10, 11, DesignOptions.Default);
        var b = Morris.Create(UnitAxes(6), 10, 11, DesignOptions.Default);
        var c = Morris.Create(UnitAxes(6), 10, 12, DesignOptions.Default);

        // When all points are read as levels
        string Levels(MorrisPoints m) => string.Join("|", Enumerable.Range(0, (int)m.Count).Select(q => string.Join(",", LevelsAt(m, q))));

        // Then the same seed repeats the design and another seed does not
        Assert.That(Levels(b), Is.EqualTo(Levels(a)));
        Assert.That(Levels(c), Is.Not.EqualTo(Levels(a)));
    }

    [Test]
    public void Create_MoreTrajectories_EarlierOnesUnchanged()
    {
        // Given 5 and 9 trajectories from the same seed
        var few = Morris.Create(UnitAxes(4), 5, 21, DesignOptions.Default);
        var more = Morris.Create(UnitAxes(4), 9, 21, DesignOptions.Default);

        // When the first 5 trajectories' points are compared / Then they are the same (one stream per trajectory)
        for (var q = 0; q < few.Count; q++) Assert.That(LevelsAt(more, q), Is.EqualTo(LevelsAt(few, q)));
    }

    [Test]
    public void Create_ManyTrajectories_DirectionsAndOrdersVary()
    {
        // Given 200 trajectories on 3 axes
        var points = Morris.Create(UnitAxes(3), 200, 31, DesignOptions.Default);

        // When the first step of each is inspected
        var firstAxes = Enumerable.Range(0, 200).Select(t => points.ChangedAxis(t, 1)).ToList();
        var ups = Enumerable.Range(0, 200).Count(t => points.SignedDelta(t, 1) > 0);

        // Then every axis leads some trajectory and both directions occur in fair proportion (binomial(200, ½): ±5 sd)
        Assert.That(firstAxes.Distinct().Count(), Is.EqualTo(3));
        Assert.That(ups, Is.InRange(65, 135));
    }

    [Test]
    public void Fill_ListAndLogAxes_LevelsMappedExactly()
    {
        // Given a 3-value list with p = 4 (levels 0..3 map to indices ⌊3ℓ/3⌋ clamped: 0, 1, 2, 2) and a log range
        var axes = new[] { SweepAxis.List("k", [10, 20, 30]), SweepAxis.Range("h", 1e-3, 1, log: true) };
        var points = Morris.Create(axes, 50, 4, DesignOptions.Default);
        var values = new double[2];

        for (var q = 0; q < points.Count; q++)
        {
            // When each point is read as levels and as values
            var levels = LevelsAt(points, q);
            points.Fill(q, values);

            // Then the list value comes from the level by integer arithmetic and the log value is 10^(−3 + ℓ)
            Assert.That(values[0], Is.EqualTo(new double[] { 10, 20, 30, 30 }[levels[0]]));
            Assert.That(values[1], Is.EqualTo(Math.Pow(10, -3 + levels[1])).Within(1e-15));
        }
    }

    [Test]
    public void Fill_ListOfPMinusOneValues_EachLevelItsValueWithoutRoundingLoss()
    {
        // Given p = 24 levels and a list of 23 values: level ℓ maps to index ⌊23ℓ/23⌋ = ℓ (the last level to 22), where
        // ⌊u·23⌋ of the rounded u = 13/23 gives 12 (13/23 · 23 = 12.999999999999998 in doubles)
        var axis = SweepAxis.List("k", Enumerable.Range(0, 23).Select(v => (double)v));
        var points = Morris.Create([axis], 200, 6, new DesignOptions(24));
        var value = new double[1];
        var level = new int[1];
        var seen = new HashSet<int>();

        for (var q = 0; q < points.Count; q++)
        {
            // When each point's level and value are read
            points.FillLevels(q, level);
            points.Fill(q, value);
            seen.Add(level[0]);

            // Then the value is the level's (and level 23 the last value)
            Assert.That(value[0], Is.EqualTo(Math.Min(level[0], 22)), $"level {level[0]}");
        }
        Assert.That(seen, Does.Contain(13));
    }

    [TestCase(3)]
    [TestCase(0)]
    [TestCase(-2)]
    public void Check_LevelsNotEvenOrBelowTwo_Named(int levels)
    {
        // Given an odd, zero or negative number of levels / When checked / Then refused with the reason
        Assert.That(Morris.Check(UnitAxes(2), 10, new DesignOptions(levels)), Is.EqualTo(new[]
        {
            $"morris: levels must be an even number of at least 2 (so that every step is the same Δ = p/(2(p−1))); it is {levels}",
        }));
    }

    [Test]
    public void Structure_StepOutOfRange_Throws()
    {
        // Given a design on 3 axes / When step 0 or 4 is asked for / Then refused (steps are 1..d)
        var points = Morris.Create(UnitAxes(3), 2, 1, DesignOptions.Default);
        Assert.That(() => points.ChangedAxis(0, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => points.SignedDelta(0, 4), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => points.ChangedAxis(2, 1), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
