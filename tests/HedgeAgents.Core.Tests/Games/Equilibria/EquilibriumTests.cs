using HedgeAgents.Core.Games.Equilibria;

namespace HedgeAgents.Core.Tests.Games.Equilibria;

/// <summary>The equilibrium record: purity, support, description, value equality.</summary>
public class EquilibriumTests
{
    [Test]
    public void PureEquilibrium_ReportsItsProfileSupportAndDescription()
    {
        // Given the prisoner's dilemma's equilibrium
        var game = TextbookGames.PrisonersDilemma();
        var e = EquilibriumFinder.Find(game).Equilibria.Single();

        // Then it is pure at (defect, defect), with payoffs (1, 1)
        Assert.That(e.IsPure, Is.True);
        Assert.That(e.PureProfile(), Is.EqualTo(new[] { 1, 1 }));
        Assert.That(e.Support(0), Is.EqualTo(new[] { 1 }));
        Assert.That(e.Describe(game), Is.EqualTo("row 'defect', column 'defect' (payoffs 1, 1)"));
    }

    [Test]
    public void MixedEquilibrium_HasNoPureProfileAndDescribesItsMixture()
    {
        // Given hawk–dove's (V = 2, C = 3) mixed equilibrium, ⅔ hawk each
        var game = TextbookGames.HawkDove();
        var e = EquilibriumFinder.Find(game).Mixed.Single();

        // Then it has no pure profile, full support, and its description gives both mixtures and the payoffs
        // (against ⅔ hawk, dove earns 0·⅔ + 1·⅓ = ⅓)
        Assert.That(e.IsPure, Is.False);
        Assert.That(e.PureProfile(), Is.Null);
        Assert.That(e.Support(1), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(e.Describe(game), Is.EqualTo("row 0.6667 'hawk' + 0.3333 'dove', column 0.6667 'hawk' + 0.3333 'dove' (payoffs 0.333333, 0.333333)"));
    }

    [Test]
    public void Equality_ComparesValues()
    {
        var a = new Equilibrium([[0.5, 0.5], [1.0, 0.0]], [1.0, 2.0]);
        var b = new Equilibrium([[0.5, 0.5], [1.0, 0.0]], [1.0, 2.0]);
        var c = new Equilibrium([[0.5, 0.5], [0.0, 1.0]], [1.0, 2.0]);
        Assert.That(a, Is.EqualTo(b));
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
        Assert.That(a, Is.Not.EqualTo(c));
    }
}
