using HedgeAgents.Core.Sweeps;

namespace HedgeAgents.Core.Tests.Sweeps;

public class SweepDesignsTests
{
    [Test]
    public void Registry_Names_TheFourDesignsInOrder()
    {
        // Given the registry / When its names are listed / Then they are the four designs, in ordinal order
        Assert.That(SweepDesigns.Registry.Names, Is.EqualTo(new[] { "grid", "lhs", "morris", "sobol" }));
    }

    [TestCase("grid", typeof(GridDesign), false)]
    [TestCase("lhs", typeof(LatinHypercubeDesign), true)]
    [TestCase("sobol", typeof(SobolDesign), true)]
    [TestCase("morris", typeof(MorrisDesign), true)]
    public void Get_KnownName_ThatDesign(string name, Type type, bool sampled)
    {
        // Given a design name / When looked up / Then the design of that name and kind is returned
        var design = SweepDesigns.Registry.Get(name);
        Assert.That(design, Is.InstanceOf(type));
        Assert.That(design.Name, Is.EqualTo(name));
        Assert.That(design.IsSampled, Is.EqualTo(sampled));
        Assert.That(design.Description, Is.Not.Empty);
    }

    [Test]
    public void Get_UnknownName_ThrowsWithTheValidNames()
    {
        // Given a name no design has / When looked up / Then it fails, listing the valid names; TryGet says false
        Assert.That(() => SweepDesigns.Registry.Get("latin"),
            Throws.InstanceOf<KeyNotFoundException>().With.Message.EqualTo("unknown name 'latin'; valid: grid, lhs, morris, sobol"));
        Assert.That(SweepDesigns.Registry.TryGet("Grid", out _), Is.False);
    }
}
