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

    [TestCase("grid", typeof(GridDesign), false, false)]
    [TestCase("lhs", typeof(LatinHypercubeDesign), true, false)]
    [TestCase("sobol", typeof(SobolDesign), true, true)]
    [TestCase("morris", typeof(MorrisDesign), true, true)]
    public void Get_KnownName_ThatDesign(string name, Type type, bool sampled, bool indices)
    {
        // Given a design name / When looked up / Then the design of that name and kind is returned; a sampled design
        // says what its samples count, and a design laid out for sensitivity indices says which
        var design = SweepDesigns.Registry.Get(name);
        Assert.That(design, Is.InstanceOf(type));
        Assert.That(design.Name, Is.EqualTo(name));
        Assert.That(design.IsSampled, Is.EqualTo(sampled));
        Assert.That(design.Description, Is.Not.Empty);
        Assert.That(design.SamplesMeaning, sampled ? Is.Not.Empty : Is.Empty);
        Assert.That(design.SensitivityIndices, indices ? Is.Not.Empty : Is.Empty);
    }

    [Test]
    public void Check_SampledDesignWithoutSamples_SaysWhatSamplesCount()
    {
        // Given each sampled design and one axis / When checked with no samples
        foreach (var design in SweepDesigns.Registry.Entries.Where(d => d.IsSampled))
        {
            var problems = design.Check([SweepAxis.Range("a", 0, 1)], 0, DesignOptions.Default);

            // Then the problem says what samples counts in that design, in the design's own words
            Assert.That(problems, Has.Some.EqualTo($"{design.Name}: samples must be at least 1 ({design.SamplesMeaning}); it is 0"));
        }
    }

    [Test]
    public void DefaultName_IsARegisteredUnsampledDesign()
    {
        // Given the design a sweep without 'design' gets / When looked up / Then it is the grid, which lists combinations
        Assert.That(SweepDesigns.Registry.Get(SweepDesigns.DefaultName), Is.InstanceOf<GridDesign>());
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
