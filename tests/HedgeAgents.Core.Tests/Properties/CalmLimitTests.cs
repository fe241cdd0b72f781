namespace HedgeAgents.Core.Tests.Properties;

/// <summary>MODEL.md section 9 items 2 and 3: calm worlds.</summary>
public class CalmLimitTests
{
    private static string ArgMax(Dictionary<string, double> scores) => scores.MaxBy(kv => kv.Value).Key;

    [TestCase(new[] { 0.3, 0.6, 0.3, 0.3, 0.1, 0.1 }, "CHN")]
    [TestCase(new[] { 0.5, 0.2, 0.2, 0.2, 0.2, 0.2 }, "RUS")]
    [TestCase(new[] { 0.3, 0.3, 0.3, 0.45, 0.3, 0.3 }, "USA")]
    public void BestResponse_CalmWorldOneGreatPowerClearlyHighest_BandwagonsWithIt(double[] returns, string best)
    {
        // Given no hazards, σ = 0, and one great power with clearly the highest R
        var p = World.Build(returns, sigma: 0.0, hazard: 0.0, rivalry: 0.3);

        // When MID's actions are scored and a best-responding MID plays 100 rounds
        var scores = World.Scores(p);
        var run = World.Mid(World.Run(World.Spec(p, rounds: 100, burnIn: 10)));

        // Then bandwagoning with that power has the highest certainty equivalent and is played every round after burn-in
        Assert.That(ArgMax(scores), Is.EqualTo($"bandwagoning:{best}"), string.Join(", ", scores));
        Assert.That(run.ShareBandwagoning, Is.EqualTo(1.0));
    }

    [TestCase(0.0, 0.0)]
    [TestCase(0.1, 0.0)]
    [TestCase(0.2, 0.6)]
    [TestCase(0.0, 1.0)]
    public void Scores_CalmWorldSimilarPartners_EquidistanceBeatsHedgingAndIsPlayed(double sigma, double rivalry)
    {
        // Given no hazards and identical returns with every counterparty (insurance can only cost)
        var p = World.Build([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], sigma, hazard: 0.0, rivalry: rivalry);

        // When MID's actions are scored and a best responder plays
        var scores = World.Scores(p);
        var run = World.Mid(World.Run(World.Spec(p, rounds: 100, burnIn: 10)));

        // Then CE(equidistance) > CE(hedging) by at least the insurance premium's order (1e-3), equidistance is the
        // argmax, and it is played every round after burn-in
        Assert.That(scores["equidistance"] - scores["hedging"], Is.GreaterThan(1e-3), string.Join(", ", scores));
        Assert.That(ArgMax(scores), Is.EqualTo("equidistance"));
        Assert.That(run.ShareEquidistance, Is.EqualTo(1.0));
    }

    [Test]
    public void Scores_CalmIdenticalPartners_HedgingLosesExactlyItsInsurancePremium()
    {
        // Given σ = 0, no hazards, identical returns: hedging's portfolio is the equal split, so the only difference
        // from equidistance is the insurance rate h = 0.05 on gross returns
        var p = World.Build([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], sigma: 0.0, hazard: 0.0);

        // When scored
        var scores = World.Scores(p);

        // Then CE(hedging) = (1 − h)·CE(equidistance) = 0.95 · 0.6 · 0.3 within 1e-12
        Assert.That(scores["equidistance"], Is.EqualTo(0.6 * 0.3).Within(1e-12));
        Assert.That(scores["hedging"], Is.EqualTo(0.95 * 0.6 * 0.3).Within(1e-12));
    }
}
