using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Tests.Plots;

/// <summary>The <c>plots:</c> section: figures declared by the experiment, checked against its actors and sweep.</summary>
public class PlotsSectionTests
{
    private const string Sweep = "sweep:\n  parameters:\n    shocks.sanctions.hazard: [0, 0.1]\n    shocks.coercion.hazard: [0, 0.1]\n";

    private static ExperimentConfig Load(string text) => ExperimentLoader.LoadFromText(Tests.Config.Experiments.Minimal + "\n" + text, "test.yaml");

    [Test]
    public void Load_RunAndSweepFigures_ReadInOrderWithFileStems()
    {
        var config = Load(Sweep + """
            plots:
              - kind: shares
                actor: KAZ
              - kind: phase
                x: shocks.sanctions.hazard
                y: shocks.coercion.hazard
                title: "Hedging <b>wins</b>"
            """);

        Assert.That(config.Plots.Select(p => p.Kind), Is.EqualTo(new[] { "shares", "phase" }));
        Assert.That(config.Plots.Select(p => p.FileStem), Is.EqualTo(new[] { "shares-KAZ", "phase-shocks.sanctions.hazard-shocks.coercion.hazard" }));
        Assert.That(config.Plots[1].Title, Is.EqualTo("Hedging <b>wins</b>"));
    }

    [TestCase("plots:\n  - kind: shrares\n", "plots[0].kind", "did you mean 'shares'?")]
    [TestCase("plots:\n  - kind: shares\n    actor: KZA\n", "plots[0].actor", "did you mean 'KAZ'?")]
    [TestCase("plots:\n  - kind: phase\n    x: shocks.sanctions.hazard\n", "plots[0]", "needs 'y'")]
    [TestCase("plots:\n  - kind: shares-by\n    x: shocks.disruption.hazard\n", "plots[0].x", "unknown swept parameter")]
    [TestCase("plots:\n  - kind: shares\n  - kind: shares\n", "plots[1].name", "already has the file name")]
    [TestCase("plots:\n  - kind: shares\n    colour: red\n", "plots[0].colour", "unknown key")]
    [TestCase("plots:\n  - actor: KAZ\n", "plots[0].kind", "missing required key 'kind'")]
    [TestCase("plots:\n  - kind: metric-by\n    x: shocks.sanctions.hazard\n", "plots[0]", "needs 'metric'")]
    [TestCase("plots:\n  - kind: metric-by\n    x: shocks.sanctions.hazard\n    metric: mean_loses\n", "plots[0].metric", "did you mean 'mean_losses'?")]
    [TestCase("plots:\n  - kind: metric-by\n    metric: mean_losses\n", "plots[0]", "needs 'x'")]
    [TestCase("plots:\n  - kind: metric-by\n    x: shocks.sanctions.hazard\n    metric: weight_EUR\n", "plots[0].metric", "unknown summary metric")]
    [TestCase("plots:\n  - kind: metric-by\n    x: shocks.sanctions.hazard\n    metric: weight_KAZ\n", "plots[0].metric", "unknown summary metric")]
    [TestCase("plots:\n  - kind: shares-by\n    x: shocks.sanctions.hazard\n    metric: mean_losses\n", "plots[0].metric", "takes no 'metric'")]
    [TestCase("plots:\n  - kind: payoff-by-archetype\n    x: shocks.disruption.hazard\n", "plots[0].x", "unknown swept parameter")]
    [TestCase("plots:\n  - kind: payoff-by-archetype\n    metric: sd_payof\n", "plots[0].metric", "did you mean 'sd_payoff'?")]
    [TestCase("plots:\n  - kind: payoff-by-archetype\n    y: shocks.sanctions.hazard\n", "plots[0].y", "takes no 'y'")]
    public void Load_BadFigure_LocatedError(string plots, string key, string expected)
    {
        var e = Assert.Throws<ConfigException>(() => Load(Sweep + plots))!;
        Assert.That(e.Errors.Select(x => x.Key), Does.Contain(key), string.Join("\n", e.Errors));
        Assert.That(e.Errors.First(x => x.Key == key).Message, Does.Contain(expected));
    }

    [Test]
    public void Load_MetricBy_ReadWithTheMetricInItsFileStem()
    {
        var config = Load(Sweep + "plots:\n  - {kind: metric-by, metric: q05_payoff, x: shocks.coercion.hazard}\n");

        Assert.That(config.Plots.Single().Metric, Is.EqualTo("q05_payoff"));
        Assert.That(config.Plots.Single().FileStem, Is.EqualTo("metric-by-q05_payoff-shocks.coercion.hazard"));
    }

    [Test]
    public void Load_MetricByWeight_AcceptedForACounterpartyOfTheExperiment()
    {
        // Given an experiment with great powers RUS and CHN (the middle power KAZ can be no counterparty)
        // When a metric-by figure of the mean weight on China is declared
        var config = Load(Sweep + "plots:\n  - {kind: metric-by, metric: weight_CHN, x: shocks.coercion.hazard}\n");

        // Then it is read like any other metric
        Assert.That(config.Plots.Single().FileStem, Is.EqualTo("metric-by-weight_CHN-shocks.coercion.hazard"));
    }

    [Test]
    public void Load_PayoffByArchetypeWithXAndMetric_OptionalKeysReadIntoTheFileStem()
    {
        // Given a payoff-by-archetype grouped by a swept parameter, of a run metric, and one without either
        var config = Load(Sweep + "plots:\n  - {kind: payoff-by-archetype, x: shocks.coercion.hazard, metric: sd_payoff}\n  - {kind: payoff-by-archetype}\n");

        // Then both load: x and metric are optional for this kind, and named in the file stem when given
        Assert.That(config.Plots.Select(p => p.FileStem), Is.EqualTo(new[] { "payoff-by-archetype-sd_payoff-shocks.coercion.hazard", "payoff-by-archetype" }));
    }

    [Test]
    public void Load_SweepFigureWithoutSweep_Refused()
    {
        var e = Assert.Throws<ConfigException>(() => Load("plots:\n  - kind: mean-vs-q05\n"))!;
        Assert.That(e.Errors.Single().Message, Does.Contain("has no 'sweep:' section"));
    }
}
