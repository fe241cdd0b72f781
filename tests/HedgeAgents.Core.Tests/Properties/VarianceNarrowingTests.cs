using HedgeAgents.Core.Indicators;

namespace HedgeAgents.Core.Tests.Properties;

/// <summary>MODEL.md section 9 item 5: under shocks, fixed hedging narrows the spread and lifts the lower tail.</summary>
public class VarianceNarrowingTests
{
    private const int Replications = 16;
    private static readonly string[] Arms =
        ["hedging", "equidistance", "bandwagoning:RUS", "bandwagoning:CHN", "bandwagoning:EUR", "bandwagoning:USA"];

    /// <summary>Mean over replications of MID's payoff s.d. and 5% quantile when it holds one action.</summary>
    private static (double Sd, double Q05, double Mean) Arm(string action, double hazard)
    {
        double sd = 0, q05 = 0, mean = 0;
        for (var rep = 0; rep < Replications; rep++)
        {
            var p = World.Build([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], sigma: 0.2, hazard: hazard, rivalry: 0.6,
                learning: World.Fixed(action));
            RunSummary s = World.Mid(World.Run(World.Spec(p, rounds: 300, burnIn: 50), seed: 1000UL + (ulong)rep));
            sd += s.SdPayoff;
            q05 += s.Q05Payoff;
            mean += s.MeanPayoff;
        }
        return (sd / Replications, q05 / Replications, mean / Replications);
    }

    [TestCase(0.1)]
    [TestCase(0.2)]
    [TestCase(0.3)]
    public void FixedHedging_TurbulentWorld_LowerSdAndHigherQ05ThanBandwagoningAndEquidistance(double hazard)
    {
        // Given a turbulent world, and MID holding each action in turn over 16 seeded replications of 300 rounds
        // (the same seeds for every arm: common random numbers)
        // When the mean s.d. and mean 5% quantile of its payoff after a 50-round burn-in are compared
        var results = Arms.ToDictionary(a => a, a => Arm(a, hazard));
        foreach (var (arm, r) in results)
            TestContext.Out.WriteLine($"hazard {hazard} {arm,-18} sd {r.Sd:F4}  q05 {r.Q05:F4}  mean {r.Mean:F4}");

        // Then hedging has the lowest s.d. and the highest 5% quantile of all arms (strictly)
        var hedging = results["hedging"];
        foreach (var (arm, r) in results.Where(kv => kv.Key != "hedging"))
        {
            Assert.That(hedging.Sd, Is.LessThan(r.Sd), $"s.d. vs {arm}");
            Assert.That(hedging.Q05, Is.GreaterThan(r.Q05), $"5% quantile vs {arm}");
        }
    }
}
