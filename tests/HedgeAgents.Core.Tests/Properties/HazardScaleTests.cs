namespace HedgeAgents.Core.Tests.Properties;

/// <summary><c>shocks.scale</c> multiplies every base hazard: one axis for how turbulent the world is.</summary>
public class HazardScaleTests
{
    private static readonly double[] Returns = [0.3, 0.25, 0.2, 0.15, 0.1, 0.1];

    [TestCase(0.1, 2.0)]
    [TestCase(0.3, 0.5)]
    [TestCase(0.05, 3.0)]
    public void Scores_ScaleTimesHazard_EqualScoresAtTheProductHazard(double hazard, double scale)
    {
        // Given a world at base hazard h with scale k, and the same world at hazard k·h with scale 1
        var scaled = World.Build(Returns, sigma: 0.2, hazard: hazard, rivalry: 0.6);
        scaled = scaled with { Shocks = scaled.Shocks with { Scale = scale } };
        var product = World.Build(Returns, sigma: 0.2, hazard: hazard * scale, rivalry: 0.6);

        // When MID's actions are scored in each
        var a = World.Scores(scaled);
        var b = World.Scores(product);

        // Then every action scores the same (to rounding: k·h·x and (k·h)·x may differ in the last bit)
        foreach (var (action, score) in b)
            Assert.That(a[action], Is.EqualTo(score).Within(1e-12), action);
    }

    [Test]
    public void Run_ScaleZero_NoShockFires()
    {
        // Given high hazards scaled to zero
        var p = World.Build(Returns, sigma: 0.2, hazard: 0.5, rivalry: 0.6, learning: World.Rule("best-response"));
        p = p with { Shocks = p.Shocks with { Scale = 0 } };

        // When MID plays 100 rounds
        var run = World.Mid(World.Run(World.Spec(p, rounds: 100, burnIn: 10)));

        // Then it never loses anything: scale 0 is the calm world
        Assert.That(run.MeanLosses, Is.EqualTo(0.0));
    }

    [Test]
    public void Run_ScaleAboveOne_RaisesLosses()
    {
        // Given a fixed hedger at base hazard 0.1, with scale 1 and scale 3
        double Losses(double scale)
        {
            var p = World.Build(Returns, sigma: 0.2, hazard: 0.1, rivalry: 0.6, learning: World.Fixed("hedging"));
            p = p with { Shocks = p.Shocks with { Scale = scale } };
            return World.Mid(World.Run(World.Spec(p, rounds: 400, burnIn: 50))).MeanLosses;
        }

        // Then tripling every hazard more than doubles mean losses (stocks cushion part of it)
        Assert.That(Losses(3), Is.GreaterThan(2 * Losses(1)));
    }
}
