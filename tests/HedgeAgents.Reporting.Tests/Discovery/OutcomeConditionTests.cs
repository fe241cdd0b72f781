using HedgeAgents.Reporting.Discovery;

namespace HedgeAgents.Reporting.Tests.Discovery;

/// <summary>The outcome condition of <c>hedge discover --where</c>, as a scholar writes it.</summary>
public class OutcomeConditionTests
{
    private static readonly string[] Metrics = ["share_hedging", "mean_payoff", "weight_CHN"];

    [TestCase("share_hedging > 0.5", "share_hedging", ">", 0.5)]
    [TestCase("share_hedging>=0.5", "share_hedging", ">=", 0.5)]
    [TestCase("  mean_payoff < -1e-2 ", "mean_payoff", "<", -0.01)]
    [TestCase("weight_CHN <= 0.3", "weight_CHN", "<=", 0.3)]
    [TestCase("share_hedging == 1", "share_hedging", "==", 1.0)]
    public void Parse_GoodCondition_ReadsMetricOperatorAndNumber(string text, string metric, string op, double threshold)
    {
        // Given a condition as a scholar writes it; When parsed; Then its three parts are read
        var c = OutcomeCondition.Parse(text, Metrics);
        Assert.That((c.Metric, c.Operator, c.Threshold), Is.EqualTo((metric, op, threshold)));
    }
}
