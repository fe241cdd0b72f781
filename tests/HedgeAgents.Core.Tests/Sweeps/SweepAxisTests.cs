using HedgeAgents.Core.Sweeps;

namespace HedgeAgents.Core.Tests.Sweeps;

public class SweepAxisTests
{
    [TestCase(0.0, 2.0)]
    [TestCase(0.25, 3.0)]
    [TestCase(0.5, 4.0)]
    [TestCase(1.0, 6.0)]
    public void FromUnit_LinearRange_MinPlusUTimesWidth(double u, double expected)
    {
        // Given a linear range [2, 6] / When u is mapped / Then the value is 2 + 4u
        Assert.That(SweepAxis.Range("x", 2, 6).FromUnit(u), Is.EqualTo(expected));
    }

    [Test]
    public void FromUnit_LogRange_UniformInLogWithExactEnds()
    {
        // Given a log range [0.001, 1000]
        var axis = SweepAxis.Range("x", 0.001, 1000, log: true);

        // When the ends, the middle and a third are mapped
        // Then the ends are exact and interior values are exp(ln min + u(ln max − ln min))
        Assert.That(axis.FromUnit(0), Is.EqualTo(0.001));
        Assert.That(axis.FromUnit(1), Is.EqualTo(1000));
        Assert.That(axis.FromUnit(0.5), Is.EqualTo(1.0).Within(1e-12));
        Assert.That(axis.FromUnit(1.0 / 3), Is.EqualTo(0.1).Within(1e-14));
    }

    [TestCase(0.0, 10.0)]
    [TestCase(0.2499, 10.0)]
    [TestCase(0.25, 20.0)]
    [TestCase(0.74, 30.0)]
    [TestCase(0.9999999, 40.0)]
    [TestCase(1.0, 40.0)]
    public void FromUnit_List_ValueOfFloorUTimesK(double u, double expected)
    {
        // Given four listed values / When u is mapped / Then the value is values[min(⌊4u⌋, 3)]
        Assert.That(SweepAxis.List("x", [10, 20, 30, 40]).FromUnit(u), Is.EqualTo(expected));
    }

    [Test]
    public void GridValue_RangeWithSteps_EvenlySpacedEndsExact()
    {
        // Given ranges whose ends a naive min + i·(max−min)/(k−1) would miss by an ulp
        var linear = SweepAxis.Range("x", 0.1, 0.7, steps: 7);
        var log = SweepAxis.Range("y", 1e-3, 1e3, steps: 7, log: true);

        // When every grid value is read
        var lin = Enumerable.Range(0, 7).Select(linear.GridValue).ToArray();
        var lg = Enumerable.Range(0, 7).Select(log.GridValue).ToArray();

        // Then both ends are the typed values and the steps are equal (linear) or equal ratios (log)
        Assert.That(lin[0], Is.EqualTo(0.1));
        Assert.That(lin[6], Is.EqualTo(0.7));
        Assert.That(lin, Is.EqualTo(new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7 }).Within(1e-15));
        Assert.That(lg[0], Is.EqualTo(1e-3));
        Assert.That(lg[6], Is.EqualTo(1e3));
        for (var i = 1; i < 7; i++) Assert.That(lg[i] / lg[i - 1], Is.EqualTo(10).Within(1e-12));
    }

    [Test]
    public void List_NoValues_Throws()
    {
        // Given no values / When a list axis is made / Then it is refused at once
        Assert.That(() => SweepAxis.List("x", []), Throws.ArgumentException.With.Message.Contains("'x'"));
    }

    [Test]
    public void Equals_SameListedValuesInNewArrays_Equal()
    {
        // Given two list axes built from different arrays with the same values
        // When compared / Then they are equal (by value, not by array reference), and differ from another list
        var a = SweepAxis.List("x", [1, 2]);
        var b = SweepAxis.List("x", new List<double> { 1, 2 });
        Assert.That(b, Is.EqualTo(a));
        Assert.That(b.GetHashCode(), Is.EqualTo(a.GetHashCode()));
        Assert.That(SweepAxis.List("x", [1, 3]), Is.Not.EqualTo(a));
        Assert.That(SweepAxis.Range("x", 0, 1, 3), Is.Not.EqualTo(SweepAxis.Range("x", 0, 1, 4)));
    }

    [Test]
    public void Text_Labels_AGridListOfTheirIndicesInOrder()
    {
        // Given a text axis of three actions
        var axis = SweepAxis.Text("actors.KAZ.learning.action", ["hedging", "equidistance", "bandwagoning:CHN"]);

        // Then a grid takes its indices 0, 1, 2 in the order listed, and equality looks at the labels
        Assert.That((axis.IsText, axis.IsList, axis.GridLength), Is.EqualTo((true, true, 3)));
        Assert.That(Enumerable.Range(0, 3).Select(axis.GridValue), Is.EqualTo(new[] { 0.0, 1, 2 }));
        Assert.That(axis, Is.EqualTo(SweepAxis.Text("actors.KAZ.learning.action", ["hedging", "equidistance", "bandwagoning:CHN"])));
        Assert.That(axis, Is.Not.EqualTo(SweepAxis.Text("actors.KAZ.learning.action", ["hedging", "equidistance", "balancing:RUS"])));
        Assert.That(axis, Is.Not.EqualTo(SweepAxis.List("actors.KAZ.learning.action", [0, 1, 2])));
        Assert.That(() => SweepAxis.Text("x", []), Throws.ArgumentException);
    }

    [TestCase("lhs")]
    [TestCase("sobol")]
    [TestCase("morris")]
    public void Check_SampledDesignWithATextAxis_RefusedNamingTheGrid(string design)
    {
        // Given a text axis beside a range / When a sampled design checks it / Then it is refused: words have no order to draw from
        var axes = new[] { SweepAxis.Text("a", ["x", "y"]), SweepAxis.Range("h", 0, 1) };
        var problems = SweepDesigns.Registry.Get(design).Check(axes, 8, new DesignOptions(4));
        Assert.That(problems, Has.Some.Contains("axis 'a' lists text values (x, y), which only a grid sweeps"));
        Assert.That(SweepDesigns.Registry.Get("grid").Check([axes[0]], 0, new DesignOptions(4)), Is.Empty);
    }
}
