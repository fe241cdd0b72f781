namespace HedgeAgents.Core.Tests.Properties;

/// <summary>MODEL.md section 9 item 4: turbulent worlds, and what the hedging advantage grows with.</summary>
public class TurbulentLimitTests
{
    private static readonly double[] Equal = [0.3, 0.3, 0.3, 0.3, 0.3, 0.3];

    /// <summary>CE(hedging) − the best CE of any other action, at round 0.</summary>
    private static double Advantage(Dictionary<string, double> scores) =>
        scores["hedging"] - scores.Where(kv => kv.Key != "hedging").Max(kv => kv.Value);

    [TestCase(0.2, 2.0, 0.6)]
    [TestCase(0.3, 1.0, 0.6)]
    [TestCase(0.4, 4.0, 0.3)]
    [TestCase(0.3, 2.0, 1.0)]
    public void Scores_HighHazardsAndRiskAversion_HedgingHasHighestCertaintyEquivalent(double hazard, double riskAversion, double rivalry)
    {
        // Given high hazards of every shock kind, σ = 0.2 and risk aversion > 0
        var p = World.Build(Equal, sigma: 0.2, hazard: hazard, rivalry: rivalry, riskAversion: riskAversion);

        // When MID's actions are scored
        var scores = World.Scores(p);

        // Then hedging's certainty equivalent beats every other action's by more than 1e-3
        Assert.That(Advantage(scores), Is.GreaterThan(1e-3), string.Join(", ", scores));
    }

    [TestCase("0")]
    [TestCase("0.5")]
    public void BestResponse_TurbulentWorld_SettlesOnHedging(string inertia)
    {
        // Given a turbulent world and a best-responding MID (with and without inertia)
        var p = World.Build(Equal, sigma: 0.2, hazard: 0.3, rivalry: 0.6,
            learning: World.Rule("best-response", ("inertia", inertia)));

        // When it plays 200 rounds
        var run = World.Mid(World.Run(World.Spec(p, rounds: 200, burnIn: 50)));

        // Then it hedges in at least 90% of the rounds after burn-in
        Assert.That(run.ShareHedging, Is.GreaterThanOrEqualTo(0.9));
    }

    [TestCase("openness", new[] { 0.3, 0.5, 0.7, 0.9 })]
    [TestCase("hazard", new[] { 0.1, 0.2, 0.3, 0.4 })]
    [TestCase("capacity", new[] { 0.2, 0.5, 0.8, 1.0 })]
    public void HedgingAdvantage_FactorRises_GrowsMonotonically(string factor, double[] grid)
    {
        // Given a turbulent base world (hazard 0.2, σ 0.2, rivalry 0.6, openness 0.6, capacity 0.8, a = 2)
        // When one factor is raised over a grid, everything else fixed
        var advantages = grid.Select(x => Advantage(World.Scores(factor switch
        {
            "openness" => World.Build(Equal, sigma: 0.2, hazard: 0.2, rivalry: 0.6, openness: x),
            "hazard" => World.Build(Equal, sigma: 0.2, hazard: x, rivalry: 0.6),
            "capacity" => World.Build(Equal, sigma: 0.2, hazard: 0.2, rivalry: 0.6, capacity: x),
            _ => throw new ArgumentException(factor),
        }))).ToArray();
        TestContext.Out.WriteLine($"{factor}: " + string.Join(", ", grid.Zip(advantages, (x, a) => $"{x} → {a:F5}")));

        // Then CE(hedging) − max other CE strictly increases, by more than 1e-4 per step
        for (var i = 1; i < advantages.Length; i++)
            Assert.That(advantages[i] - advantages[i - 1], Is.GreaterThan(1e-4), $"{factor} {grid[i - 1]} → {grid[i]}");
    }
}
