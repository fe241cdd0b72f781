using HedgeAgents.Experiments.Output;
using HedgeAgents.Experiments.Sweeps.Output;

namespace HedgeAgents.Experiments.Tests.Sweeps.Output;

/// <summary>A runs.csv header: point, replication, seed, the swept parameters, actor, the fixed metrics, then the
/// experiment's weight columns.</summary>
public class RunsCsvLayoutTests
{
    private static readonly string[] Paths = ["shocks.sanctions.hazard", "actors.KAZ.openness"];

    [Test]
    public void FromHeader_WeightColumns_FoundAfterTheFixedMetrics()
    {
        // Given the header RunsTable writes for two swept paths and three counterparties
        var metrics = SummaryMetrics.Of(["KAZ", "RUS", "CHN", "TUR"], [false, true, true, true]);
        var header = RunsTable.Columns(Paths, metrics);

        // When its layout is read
        var layout = RunsCsvLayout.FromHeader(header);

        // Then the parameters, the actor column and every metric (fixed first, then weight_<ID> in actor order) are found
        Assert.That(layout.Parameters, Is.EqualTo(Paths));
        Assert.That(layout.Actor, Is.EqualTo(5));
        Assert.That(layout.Metrics, Is.EqualTo(SummaryTable.MetricColumns.Concat(["weight_RUS", "weight_CHN", "weight_TUR"])));
    }

    [Test]
    public void FromHeader_NoWeightColumns_FixedMetricsOnly()
    {
        var layout = RunsCsvLayout.FromHeader(RunsTable.Columns(Paths, SummaryMetrics.Fixed));
        Assert.That(layout.Metrics, Is.EqualTo(SummaryTable.MetricColumns));
    }

    [TestCase("other")]
    [TestCase("weight_")]
    public void FromHeader_TrailingColumnNotAWeight_Refused(string extra)
    {
        // Given a header whose last column is neither a fixed metric nor weight_<ID>
        string[] header = [.. RunsTable.Columns(Paths, SummaryMetrics.Fixed), extra];

        // When read / Then it is refused with the expected shape
        var e = Assert.Throws<InvalidDataException>(() => RunsCsvLayout.FromHeader(header))!;
        Assert.That(e.Message, Does.Contain("weight_<ID>"));
    }

    [Test]
    public void FromHeader_MissingFixedMetric_Refused()
    {
        string[] header = [.. RunsTable.Columns(Paths, SummaryMetrics.Fixed).SkipLast(1)];
        Assert.Throws<InvalidDataException>(() => RunsCsvLayout.FromHeader(header));
    }

    [Test]
    public void Of_Parameters_AWeightColumnPerGreatPowerAndPartnerInActorOrder()
    {
        // Given the Eurasia test experiment (KAZ middle, RUS, CHN and EUR great, TUR partner)
        var config = HedgeAgents.Experiments.Config.ExperimentLoader.LoadFromText(Tests.Config.Experiments.Eurasia, "test.yaml");

        // When its metrics are made / Then every non-middle actor has a weight column, after the fixed metrics
        var metrics = SummaryMetrics.Of(config.Initial);
        Assert.That(metrics.Counterparties, Is.EqualTo(new[] { "RUS", "CHN", "EUR", "TUR" }));
        Assert.That(metrics.Columns.Take(SummaryTable.MetricColumns.Length), Is.EqualTo(SummaryTable.MetricColumns));
    }
}
