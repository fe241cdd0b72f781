namespace HedgeAgents.Core.Tests;

[Explicit]
public class ExploreTests
{
    [Test]
    public void Explore()
    {
        foreach (var hz in new[] { 0.0, 0.02, 0.05, 0.1, 0.2 })
        {
            var p = World.Build([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], sigma: 0.2, hazard: hz, rivalry: 0.6);
            var s = World.Scores(p);
            TestContext.Out.WriteLine($"hazard {hz}: " + string.Join(", ", s.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key}={kv.Value:F4}")));
            var r = World.Mid(World.Run(World.Spec(p)));
            TestContext.Out.WriteLine($"   run: hedge {r.ShareHedging:F2} eq {r.ShareEquidistance:F2} bw {r.ShareBandwagoning:F2} bal {r.ShareBalancing:F2} mean {r.MeanPayoff:F4}");
        }
    }
}
