using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Core.Sensitivity;

namespace HedgeAgents.Core.Tests.Sensitivity;

public class PrimPropertyTests
{
    /// <summary>A random data set: 10–150 points in 1–4 dimensions on a coarse grid (many ties), at least one positive.</summary>
    public sealed record Sample(double[][] Points, bool[] Outcome, double PeelAlpha, double MinMass)
    {
        public override string ToString() =>
            $"n={Points.Length} d={Points[0].Length} α={PeelAlpha} β={MinMass} positives={Outcome.Count(o => o)}";
    }

    private static Arbitrary<Sample> Samples() =>
        (from n in Gen.Choose(10, 150)
         from d in Gen.Choose(1, 4)
         from levels in Gen.Choose(2, 40)
         from rows in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, levels).Select(x => (double)x / levels), d), n)
         from outcome in Gen.ArrayOf(Gen.Elements(true, false), n)
         from alpha in Gen.Choose(1, 49).Select(x => x / 100.0)
         from mass in Gen.Choose(1, 100).Select(x => x / 100.0)
         select new Sample(rows, outcome.Select((o, i) => o || i == 0).ToArray(), alpha, mass)).ToArbitrary();

    private static void AssertFigures(Sample s, PrimBox box, string where)
    {
        var inside = Enumerable.Range(0, s.Points.Length).Where(i => box.Contains(s.Points[i])).ToList();
        var positives = s.Outcome.Count(o => o);
        Assert.That(box.Points, Is.EqualTo(inside.Count), where);
        Assert.That(box.Positives, Is.EqualTo(inside.Count(i => s.Outcome[i])), where);
        Assert.That(box.Coverage, Is.EqualTo((double)box.Positives / positives), where);
        Assert.That(box.Density, Is.EqualTo((double)box.Positives / box.Points), where);
        Assert.That(box.Mass, Is.EqualTo((double)box.Points / s.Points.Length), where);
    }

    [FsCheck.NUnit.Property(MaxTest = 150)]
    public Property PeelThenPaste_RandomData_FiguresTrueDensityNeverFallsMassKept() =>
        Prop.ForAll(Samples(), s =>
        {
            // Given random data with ties and random settings
            var data = new PrimData(s.Points, s.Outcome);
            var options = new PrimOptions(PeelAlpha: s.PeelAlpha, MinMass: s.MinMass);

            // When peeled, and the last box pasted
            var boxes = Prim.Peel(data, options).Boxes;
            var pasted = Prim.Paste(data, boxes[^1], options);

            // Then every box's figures are those of the points it contains; along the trajectory each peel removes
            // points, never lowers the density and keeps the minimum mass; pasting keeps every point of the box it
            // started from and does not lower the density either
            AssertFigures(s, boxes[0], $"{s}: box 0");
            Assert.That(boxes[0].Mass, Is.EqualTo(1.0));
            for (var b = 1; b < boxes.Length; b++)
            {
                AssertFigures(s, boxes[b], $"{s}: box {b}");
                Assert.That(boxes[b].Points, Is.LessThan(boxes[b - 1].Points), $"{s}: box {b}");
                Assert.That(boxes[b].Density, Is.GreaterThanOrEqualTo(boxes[b - 1].Density), $"{s}: box {b}");
                Assert.That(boxes[b].Mass, Is.GreaterThanOrEqualTo(s.MinMass - 1e-12), $"{s}: box {b}");
            }
            AssertFigures(s, pasted, $"{s}: pasted");
            Assert.That(pasted.Density, Is.GreaterThanOrEqualTo(boxes[^1].Density), s.ToString());
            Assert.That(s.Points.Where(p => boxes[^1].Contains(p)).All(p => pasted.Contains(p)), s.ToString());
        });
}
