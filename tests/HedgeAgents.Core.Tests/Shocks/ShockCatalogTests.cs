using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Tests.Shocks;

public class ShockCatalogTests
{
    private sealed class Named(string name) : ShockKind
    {
        public override string Name => name;

        public override string Words => name;

        public override string Description => name;
    }

    [Test]
    public void BuiltIn_Kinds_TheFourInTheirHistoricalSlots()
    {
        // Given the built-in catalog / Then its kinds are in config, column and figure order, each at its slot constant
        var c = ShockCatalog.BuiltIn;
        Assert.Multiple(() =>
        {
            Assert.That(c.Names, Is.EqualTo(new[] { "sanctions", "disruption", "coercion", "abandonment" }));
            Assert.That(new[] { SanctionsKind.Slot, DisruptionKind.Slot, CoercionKind.Slot, AbandonmentKind.Slot },
                Is.EqualTo(new[] { c.Slot(ShockKind.Sanctions), c.Slot(ShockKind.Disruption), c.Slot(ShockKind.Coercion), c.Slot(ShockKind.Abandonment) }));
            Assert.That(c.Kinds, Has.Length.EqualTo(ShockCatalog.BuiltInCount));
        });
    }

    [Test]
    public void New_DeclaredKinds_FollowTheBuiltInsAndAreFoundByName()
    {
        // Given a catalog with two declared kinds
        var embargo = new Named("embargo");
        var c = new ShockCatalog([embargo, new Named("cyber")]);

        // Then they follow the built-ins in the order given, and are found by name
        Assert.Multiple(() =>
        {
            Assert.That(c.Names.Skip(ShockCatalog.BuiltInCount), Is.EqualTo(new[] { "embargo", "cyber" }));
            Assert.That(c.Find("embargo"), Is.SameAs(embargo));
            Assert.That(c.Slot(embargo), Is.EqualTo(4));
            Assert.That(c.Find("nope"), Is.Null);
        });
    }

    [Test]
    public void New_NameTakenOrTooManyKinds_Refused()
    {
        // Given a kind named like a built-in, and more kinds than the payoff's loss buffer holds
        // Then the catalog refuses both
        Assert.Multiple(() =>
        {
            Assert.That(() => new ShockCatalog([new Named("coercion")]), Throws.ArgumentException.With.Message.Contains("twice"));
            Assert.That(() => new ShockCatalog(Enumerable.Range(0, ShockCatalog.MaxKinds - 3).Select(i => new Named($"k{i}"))),
                Throws.ArgumentException.With.Message.Contains("at most"));
            Assert.That(() => new ShockCatalog(Enumerable.Range(0, ShockCatalog.MaxKinds - 4).Select(i => new Named($"k{i}"))), Throws.Nothing);
        });
    }

    [Test]
    public void Of_DeclaredKindNotSet_ItsDefaults_AndWithSetsOnlyIt()
    {
        // Given a declared kind and parameters that do not mention it
        var k = new Named("embargo");
        var shocks = ShockParameters.Default;

        // When it is read, then given a hazard
        var before = k.Of(shocks);
        var after = k.With(shocks, ShockSettings.From(before) with { Hazard = 0.2 });

        // Then it starts at hazard 0 and the default severity, and setting it leaves the built-ins alone
        Assert.Multiple(() =>
        {
            Assert.That((before.Hazard, before.Severity), Is.EqualTo((0.0, 0.5)));
            Assert.That(k.Of(after).Hazard, Is.EqualTo(0.2));
            Assert.That(after.Abandonment, Is.SameAs(shocks.Abandonment));
            Assert.That(new ShockSettings(0.2, 0.5, shocks.Coercion.By), Is.EqualTo(k.Of(after)), "settings compare by value");
        });
    }
}
