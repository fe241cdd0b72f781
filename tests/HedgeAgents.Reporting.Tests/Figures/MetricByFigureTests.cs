using HedgeAgents.Experiments.Output;
using HedgeAgents.Reporting.Figures;

namespace HedgeAgents.Reporting.Tests.Figures;

/// <summary>The metric-by figure's axis: every summary metric has a meaning in words, and ticks one decimal finer than the hover.</summary>
public class MetricByFigureTests
{
    [Test]
    public void Meaning_EverySummaryMetric_IsWordsNotTheColumnName()
    {
        // Given every metric column of summary.csv and a weight column
        // When each is given its axis title
        // Then the title is words (no column name with underscores), and a weight names its counterparty
        foreach (var metric in SummaryTable.MetricColumns)
            Assert.That(MetricByFigure.Meaning(metric).Label, Does.Not.Contain("_").And.Length.GreaterThan(10), metric);
        Assert.That(MetricByFigure.Meaning("weight_CHN").Label, Is.EqualTo("mean engagement weight on CHN (share, 0–1)"));
        Assert.That(() => MetricByFigure.Meaning("share_hedgin"), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCase(".3f", ".4~f")]
    [TestCase(".4f", ".5~f")]
    [TestCase(".0%", ".1~%")]
    public void TickFormat_OfTheHoverFormat_HasOneDecimalMoreSoNarrowRangesKeepDistinctTicks(string hover, string tick)
    {
        // A 5% quantile between 0.095 and 0.099 got ticks 0.0005 apart printed as ".3f": 0.096, 0.096, 0.097, 0.097
        Assert.That(MetricByFigure.TickFormat(hover), Is.EqualTo(tick));
    }
}
