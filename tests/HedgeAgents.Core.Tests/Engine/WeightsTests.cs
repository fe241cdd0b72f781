using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Tests.Engine;

public class WeightsTests
{
    // MID's counterparties in World.Build, in actor order.
    private static readonly string[] Counterparties = ["RUS", "CHN", "EUR", "USA", "TUR", "GLF"];

    private static double[] WeightsOf(ModelParameters p, string label)
    {
        var m = new CompiledModel(p);
        var x = m.ActionLabels[0].IndexOf(label);
        Assert.That(x, Is.GreaterThanOrEqualTo(0), label);
        var w = new double[m.Counterparties[0].Length];
        Weights.OfAction(m, 0, m.Actions[0][x], w);
        return w;
    }

    private static ModelParameters Rivalrous() => World.Build([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], rivalry: 0.6);

    [Test]
    public void OfAction_BalancingRussia_ResidualOnTargetRestTiltedTowardItsRivals()
    {
        // Given rivalry RUS–EUR = RUS–USA = 0.6 and no rivalry of RUS with CHN or the partners
        // When MID balances RUS
        var w = WeightsOf(Rivalrous(), "balancing:RUS");

        // Then RUS gets the residual 0.05, and the other 0.95 goes in proportion to 1 + rivalry(b, RUS):
        // weights 1.6 for EUR and USA, 1 for CHN, TUR, GLF, out of 6.2 (within 1e-15)
        const double rest = 0.95 / 6.2;
        Assert.That(w, Is.EqualTo(new[] { 0.05, rest, 1.6 * rest, 1.6 * rest, rest, rest }).Within(1e-15));
        Assert.That(w.Sum(), Is.EqualTo(1.0).Within(1e-15));
    }

    [Test]
    public void OfAction_BalancingChina_RivalsWeightedByTheirRivalry()
    {
        // Given rivalry CHN–USA = 0.6 and CHN–EUR = 0.3
        // When MID balances CHN
        var w = WeightsOf(Rivalrous(), "balancing:CHN");

        // Then USA > EUR > RUS = TUR = GLF, with weights 1.6, 1.3 and 1 out of 5.9 of the remaining 0.95
        const double rest = 0.95 / 5.9;
        Assert.That(w, Is.EqualTo(new[] { rest, 0.05, 1.3 * rest, 1.6 * rest, rest, rest }).Within(1e-15));
    }

    [Test]
    public void OfAction_BalancingWithoutRivalry_RestSharedEqually()
    {
        // Given no rivalry at all, and very unequal returns (balancing never concentrates by returns)
        var p = World.Build([0.1, 0.9, 0.5, 0.2, 0.3, 0.3]);

        // When MID balances USA
        var w = WeightsOf(p, "balancing:USA");

        // Then USA has the residual and everyone else 0.95/5
        Assert.That(w, Is.EqualTo(new[] { 0.19, 0.19, 0.19, 0.05, 0.19, 0.19 }).Within(1e-15));
    }

    [TestCase("RUS", 0)]
    [TestCase("CHN", 1)]
    [TestCase("USA", 3)]
    public void OfAction_Bandwagoning_ShareOnTargetRestEqual(string target, int position)
    {
        // Given the default share β = 0.7
        // When MID bandwagons with the target
        var w = WeightsOf(Rivalrous(), $"bandwagoning:{target}");

        // Then the target gets 0.7 and each of the five others 0.06
        for (var k = 0; k < w.Length; k++)
            Assert.That(w[k], Is.EqualTo(k == position ? 0.7 : 0.06).Within(1e-15), Counterparties[k]);
    }

    [Test]
    public void OfAction_BandwagoningWithCustomShare_ShareOnTarget()
    {
        // Given β = 0.5
        var p = Rivalrous();
        p = p with { Strategies = p.Strategies with { Bandwagoning = new BandwagoningParameters(Share: 0.5) } };

        // When MID bandwagons with EUR
        var w = WeightsOf(p, "bandwagoning:EUR");

        // Then EUR gets 0.5 and the others 0.1 each
        Assert.That(w, Is.EqualTo(new[] { 0.1, 0.1, 0.5, 0.1, 0.1, 0.1 }).Within(1e-15));
    }

    [TestCase(1.0)]
    [TestCase(0.8)]
    [TestCase(0.5)]
    public void OfAction_Equidistance_EqualWeightsSummingToIntensity(double intensity)
    {
        // Given an equidistance intensity
        var p = Rivalrous();
        p = p with { Strategies = p.Strategies with { Equidistance = new EquidistanceParameters(intensity) } };

        // When MID plays equidistance
        var w = WeightsOf(p, "equidistance");

        // Then each counterparty gets intensity/6 and they sum to the intensity
        Assert.That(w, Has.All.EqualTo(intensity / 6).Within(1e-15));
        Assert.That(w.Sum(), Is.EqualTo(intensity).Within(1e-15));
    }

    [Test]
    public void OfAction_Hedging_Throws()
    {
        // Given the hedging action (its weights come from the portfolio)
        var m = new CompiledModel(Rivalrous());
        var hedging = m.Actions[0].Single(a => a.Archetype == Archetype.Hedging);

        // When asked for side-taking weights / Then it refuses
        Assert.Throws<ArgumentException>(() => Weights.OfAction(m, 0, hedging, new double[6]));
    }

    [TestCase(new[] { 0.25, 0.25, 0.25, 0.25 }, 0.75)]
    [TestCase(new[] { 1.0, 0.0, 0.0 }, 0.0)]
    [TestCase(new[] { 0.5, 0.5 }, 0.5)]
    [TestCase(new[] { 0.2, 0.2, 0.2, 0.2 }, 0.75)]
    [TestCase(new[] { 0.0, 0.0 }, 0.0)]
    public void Diversification_Weights_OneMinusHhiOfShares(double[] w, double expected)
    {
        // Given weights / When diversification is computed / Then it is 1 − Σ s², s = w/Σw (0 for no engagement)
        Assert.That(Weights.Diversification(w), Is.EqualTo(expected).Within(1e-15));
    }

    [TestCase("balancing:RUS", 0.02, 0.0)]
    [TestCase("bandwagoning:CHN", 0.02, 0.0)]
    [TestCase("equidistance", 0.0, 0.0)]
    [TestCase("hedging", 0.0, 0.05)]
    public void Rates_ByArchetype_ReputationForSideTakingInsuranceForHedging(string label, double reputation, double insurance)
    {
        // Given the default strategy parameters
        var m = new CompiledModel(Rivalrous());
        var action = m.Actions[0][m.ActionLabels[0].IndexOf(label)];

        // When rates are read / Then side-taking pays reputation and only hedging pays insurance
        Assert.That(Weights.ReputationRate(m, action), Is.EqualTo(reputation));
        Assert.That(Weights.InsuranceRate(m, action), Is.EqualTo(insurance));
    }
}
