namespace HedgeAgents.Core.Tests.Engine;

/// <summary>Run summaries carry each actor's mean engagement weight per counterparty over the rounds after burn-in.</summary>
public class SummaryWeightsTests
{
    [Test]
    public void Summaries_FixedBandwagoningOnChina_MeanWeightsAreTheActionsWeights()
    {
        // Given MID fixed at bandwagoning with China (β = 0.7, the rest equally over the five other counterparties)
        var p = World.Build([0.3, 0.25, 0.2, 0.2, 0.1, 0.1], sigma: 0.2, hazard: 0.1, rivalry: 0.5,
            learning: World.Fixed("bandwagoning:CHN"));

        // When a run is summarised
        var mid = World.Mid(World.Run(World.Spec(p, 40, 10)));

        // Then by actor index (MID, RUS, CHN, EUR, USA, TUR, GLF): 0 on itself, 0.7 on China, 0.06 on every other
        Assert.That(mid.MeanWeights, Is.EqualTo(new[] { 0, 0.06, 0.7, 0.06, 0.06, 0.06, 0.06 }).Within(1e-12));
    }

    [Test]
    public void Summaries_GreatPower_ZeroOnItselfAndOnTheMiddlePower()
    {
        // Given the same world, where the great powers have relations among themselves but none to MID (a middle power
        // is never a counterparty)
        var p = World.Build([0.3, 0.25, 0.2, 0.2, 0.1, 0.1], learning: World.Fixed("equidistance"));

        // When a run is summarised
        var summaries = World.Run(World.Spec(p, 20, 5));

        // Then a great power puts no weight on itself or on MID, positive weight on the other three, summing to at most 1
        var rus = summaries.Single(s => s.Actor == "RUS");
        Assert.That(rus.MeanWeights[0], Is.EqualTo(0));
        Assert.That(rus.MeanWeights[1], Is.EqualTo(0));
        Assert.That(rus.MeanWeights.Skip(2).Take(3), Is.All.GreaterThan(0));
        Assert.That(rus.MeanWeights.Sum(), Is.LessThanOrEqualTo(1 + 1e-12));
    }
}
