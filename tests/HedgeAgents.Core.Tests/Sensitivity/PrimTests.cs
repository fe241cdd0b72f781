using HedgeAgents.Core.Random;
using HedgeAgents.Core.Sensitivity;

namespace HedgeAgents.Core.Tests.Sensitivity;

public class PrimTests
{
    /// <summary>n uniform points in [0, 1]^d (seeded) whose outcome is x0 ∈ [0.2, 0.6] and x3 ∈ [0.5, 0.9].</summary>
    private static (double[][] Points, bool[] Outcome) KnownBox(int n, int d, ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed);
        var points = new double[n][];
        var outcome = new bool[n];
        for (var i = 0; i < n; i++)
        {
            points[i] = [.. Enumerable.Range(0, d).Select(_ => rng.NextDouble())];
            outcome[i] = points[i][0] is >= 0.2 and <= 0.6 && points[i][3] is >= 0.5 and <= 0.9;
        }
        return (points, outcome);
    }

    private static string Describe(PrimBox b) =>
        $"coverage {b.Coverage:F3} density {b.Density:F3} mass {b.Mass:F3}: " +
        string.Join(", ", Enumerable.Range(0, b.Dimensions).Select(j => $"x{j} [{b.Lower[j]:F3}, {b.Upper[j]:F3}]"));

    [TestCase(1UL)]
    [TestCase(2UL)]
    [TestCase(3UL)]
    public void PeelAndPaste_KnownBoxIn5D_RecoveredWithCoverageAndDensityAbove09(ulong seed)
    {
        // Given 2,000 uniform points in [0, 1]^5 whose outcome is the box x0 ∈ [0.2, 0.6], x3 ∈ [0.5, 0.9] (16 % of the cube)
        var (points, outcome) = KnownBox(2000, 5, seed);
        var data = new PrimData(points, outcome);

        // When PRIM peels with the defaults, the most covering box of density ≥ 0.95 is chosen, and pasted
        var trajectory = Prim.Peel(data, PrimOptions.Default);
        var chosen = trajectory.Choose(0.95);
        Assert.That(chosen, Is.Not.Null);
        var box = Prim.Paste(data, chosen!, PrimOptions.Default);
        TestContext.Out.WriteLine($"{trajectory.Boxes.Length} boxes; chosen {Describe(chosen!)}\npasted {Describe(box)}");

        // Then coverage and density both exceed 0.9
        Assert.That(box.Coverage, Is.GreaterThan(0.9));
        Assert.That(box.Density, Is.GreaterThan(0.9));

        // And it bounds x0 and x3 within 0.05 of the true bounds and leaves x1, x2 and x4 unrestricted
        Assert.That(box.RestrictedDimensions, Is.EqualTo(new[] { 0, 3 }));
        Assert.That(new[] { box.Lower[0], box.Upper[0], box.Lower[3], box.Upper[3] }, Is.EqualTo(new[] { 0.2, 0.6, 0.5, 0.9 }).Within(0.05));
    }

    [Test]
    public void Peel_KnownBox_TrajectoryStartsWholeCoverageFallsDensityNeverFalls()
    {
        // Given the known-box sample
        var (points, outcome) = KnownBox(2000, 5, 1);
        var data = new PrimData(points, outcome);

        // When peeled
        var boxes = Prim.Peel(data, PrimOptions.Default).Boxes;

        // Then the first box bounds nothing and holds everything, with density the share of positives
        Assert.That(boxes[0].RestrictedDimensions, Is.Empty);
        Assert.That((boxes[0].Coverage, boxes[0].Mass), Is.EqualTo((1.0, 1.0)));
        Assert.That(boxes[0].Density, Is.EqualTo((double)outcome.Count(o => o) / 2000));

        // And along the trajectory mass and coverage never rise, density never falls, mass stays ≥ 0.05,
        // each peel removes 1 to about 5 % of the box, and every box's figures agree with a recount of the points
        for (var b = 1; b < boxes.Length; b++)
        {
            Assert.That(boxes[b].Mass, Is.LessThan(boxes[b - 1].Mass));
            Assert.That(boxes[b].Coverage, Is.LessThanOrEqualTo(boxes[b - 1].Coverage));
            Assert.That(boxes[b].Density, Is.GreaterThanOrEqualTo(boxes[b - 1].Density));
            Assert.That(boxes[b].Mass, Is.GreaterThanOrEqualTo(0.05));
            Assert.That(boxes[b - 1].Points - boxes[b].Points, Is.InRange(1, Math.Max(1, (int)(0.05 * boxes[b - 1].Points))));
            var inside = Enumerable.Range(0, 2000).Where(i => boxes[b].Contains(points[i])).ToList();
            Assert.That(inside, Has.Count.EqualTo(boxes[b].Points));
            Assert.That(inside.Count(i => outcome[i]), Is.EqualTo(boxes[b].Positives));
        }
    }

    [Test]
    public void Peel_BoxReachesDensityOne_StopsThere()
    {
        // Given points on a line whose outcome is x ≥ 0.8 (one dimension, no noise)
        var points = Enumerable.Range(0, 100).Select(i => new[] { i / 100.0 }).ToArray();
        var outcome = points.Select(p => p[0] >= 0.8).ToArray();

        // When peeled
        var trajectory = Prim.Peel(new PrimData(points, outcome), PrimOptions.Default);

        // Then peeling walks up from the lower side, 5 % at a time, and stops at the first pure box: x ≥ 0.8 exactly
        Assert.That(trajectory.Last.Density, Is.EqualTo(1));
        Assert.That(trajectory.Last.Coverage, Is.EqualTo(1));
        Assert.That(trajectory.Last.Lower[0], Is.EqualTo(0.8));
        Assert.That(trajectory.Last.Upper[0], Is.EqualTo(double.PositiveInfinity));
        Assert.That(trajectory.Boxes.Skip(1).All(b => b.Lower[0] > 0), "only the lower side is peeled");
    }

    [Test]
    public void Peel_TiedValues_PeelsAWholeValueAtATime()
    {
        // Given a list-like dimension taking 4 values, 25 points each, the outcome being the top value
        var points = Enumerable.Range(0, 100).Select(i => new[] { (double)(i % 4) }).ToArray();
        var outcome = points.Select(p => p[0] == 3).ToArray();

        // When peeled (α·n = 5 points is less than a value's 25 ties)
        var trajectory = Prim.Peel(new PrimData(points, outcome), PrimOptions.Default);

        // Then each peel removes one whole value, so the trajectory masses are 1, 0.75, 0.5, 0.25
        Assert.That(trajectory.Boxes.Select(b => b.Mass), Is.EqualTo(new[] { 1, 0.75, 0.5, 0.25 }));
        Assert.That(trajectory.Last.Lower[0], Is.EqualTo(3));
    }

    [Test]
    public void Peel_MinMass_NoBoxSmallerThanIt()
    {
        // Given the known-box sample and a minimum mass of 0.3, above the true box's 0.16
        var (points, outcome) = KnownBox(1000, 5, 4);

        // When peeled / Then the last box still holds at least 30 % of the points
        var trajectory = Prim.Peel(new PrimData(points, outcome), new PrimOptions(MinMass: 0.3));
        Assert.That(trajectory.Last.Mass, Is.GreaterThanOrEqualTo(0.3));
        Assert.That(trajectory.Last.Density, Is.LessThan(1));
    }

    [Test]
    public void Paste_BoxPeeledTooFar_GrowsBackWithoutLosingDensity()
    {
        // Given the known-box sample and a box well inside the true one: x0 ∈ [0.3, 0.5], x3 ∈ [0.6, 0.8], x1 ≤ 0.5
        var (points, outcome) = KnownBox(2000, 5, 5);
        var data = new PrimData(points, outcome);
        var inf = double.PositiveInfinity;
        var inner = new PrimBox([0.3, -inf, -inf, 0.6, -inf], [0.5, 0.5, inf, 0.8, inf], 0, 0, 0, 0, 0);

        // When pasted
        var pasted = Prim.Paste(data, inner, PrimOptions.Default);
        TestContext.Out.WriteLine(Describe(pasted));

        // Then it grows back to the true box: pure, covering more than 90 %, x1 opened again
        Assert.That(pasted.Density, Is.EqualTo(1));
        Assert.That(pasted.Coverage, Is.GreaterThan(0.9));
        Assert.That(pasted.RestrictedDimensions, Is.EqualTo(new[] { 0, 3 }));
    }

    [Test]
    public void PeelAndPaste_EveryPointPositive_TheWholeSpace()
    {
        // Given an outcome that holds everywhere
        var (points, _) = KnownBox(200, 5, 6);
        var data = new PrimData(points, [.. Enumerable.Repeat(true, 200)]);

        // When peeled and pasted / Then the trajectory is the one unrestricted box, with coverage, density and mass 1
        var trajectory = Prim.Peel(data, PrimOptions.Default);
        Assert.That(trajectory.Boxes, Has.Length.EqualTo(1));
        var box = Prim.Paste(data, trajectory.Last, PrimOptions.Default);
        Assert.That(box.RestrictedDimensions, Is.Empty);
        Assert.That((box.Coverage, box.Density, box.Mass), Is.EqualTo((1.0, 1.0, 1.0)));
    }

    [Test]
    public void Peel_NoPositive_ThrowsNothingToFind()
    {
        // Given an outcome that holds nowhere / When peeled / Then the exception says coverage is undefined
        var (points, _) = KnownBox(50, 5, 7);
        var data = new PrimData(points, new bool[50]);
        var e = Assert.Throws<ArgumentException>(() => Prim.Peel(data, PrimOptions.Default));
        Assert.That(e!.Message, Does.Contain("none of the 50 points has the outcome").And.Contain("undefined"));
    }

    [Test]
    public void Choose_NoBoxDenseEnough_Null()
    {
        // Given a trajectory whose densest box is below 1 (minimum mass above the true box's) / When asked for density 1
        var (points, outcome) = KnownBox(500, 5, 8);
        var trajectory = Prim.Peel(new PrimData(points, outcome), new PrimOptions(MinMass: 0.5));

        // Then there is no such box
        Assert.That(trajectory.Choose(1.0), Is.Null);
        Assert.That(trajectory.Choose(0), Is.SameAs(trajectory.Boxes[0]));
    }

    [TestCase(0, 0.05, 0.05, "peeling α")]
    [TestCase(0.5, 0.05, 0.05, "peeling α")]
    [TestCase(0.05, 1, 0.05, "pasting α")]
    [TestCase(0.05, 0.05, 0, "minimum mass")]
    [TestCase(0.05, 0.05, 1.5, "minimum mass")]
    [TestCase(double.NaN, 0.05, 0.05, "peeling α")]
    public void Peel_BadOptions_ThrowsNamingTheSetting(double peel, double paste, double mass, string name)
    {
        // Given valid data and a bad setting / When peeled / Then the exception names it
        var (points, outcome) = KnownBox(50, 5, 9);
        var e = Assert.Throws<ArgumentException>(() => Prim.Peel(new PrimData(points, outcome), new PrimOptions(peel, paste, mass)));
        Assert.That(e!.Message, Does.Contain(name));
    }

    [Test]
    public void PrimData_BadInput_ThrowsSayingWhatIsWrong()
    {
        // Given malformed inputs / When data is made / Then each is refused with its reason
        Assert.That(Assert.Throws<ArgumentException>(() => new PrimData([], []))!.Message, Does.Contain("at least one point"));
        Assert.That(Assert.Throws<ArgumentException>(() => new PrimData([[1.0], [2.0]], [true]))!.Message,
            Does.Contain("2 points but 1 outcomes"));
        Assert.That(Assert.Throws<ArgumentException>(() => new PrimData([[1.0, 2], [2.0]], [true, false]))!.Message,
            Does.Contain("point 1 has 1"));
        Assert.That(Assert.Throws<ArgumentException>(() => new PrimData([[1.0, double.NaN]], [true]))!.Message,
            Does.Contain("point 0, dimension 1 is NaN"));
        Assert.That(Assert.Throws<ArgumentException>(() => new PrimData([Array.Empty<double>()], [true]))!.Message,
            Does.Contain("at least one dimension"));
    }

    [Test]
    public void Paste_BoxOfOtherDimensions_Throws()
    {
        // Given 5-dimensional data and a 2-dimensional box / When pasted / Then refused
        var (points, outcome) = KnownBox(50, 5, 10);
        var box = new PrimBox([0, 0], [1, 1], 0, 0, 0, 0, 0);
        var e = Assert.Throws<ArgumentException>(() => Prim.Paste(new PrimData(points, outcome), box, PrimOptions.Default));
        Assert.That(e!.Message, Does.Contain("2 dimensions but the data 5"));
    }
}
