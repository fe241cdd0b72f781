using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Tests.Config;

public class PeriodCalendarTests
{
    [TestCase(PeriodKind.Quarter, "2015Q1", 0, "2015Q1")]
    [TestCase(PeriodKind.Quarter, "2015Q1", 28, "2022Q1")]
    [TestCase(PeriodKind.Quarter, "2015Q3", 2, "2016Q1")]
    [TestCase(PeriodKind.Quarter, "2015Q1", 3, "2015Q4")]
    [TestCase(PeriodKind.Year, "2015", 28, "2043")]
    [TestCase(PeriodKind.Month, "2015-01", 28, "2017-05")]
    [TestCase(PeriodKind.Month, "2015-12", 1, "2016-01")]
    [TestCase(PeriodKind.Round, "0", 28, "28")]
    [TestCase(PeriodKind.Round, "100", 5, "105")]
    [TestCase(PeriodKind.Round, "-3", 1, "-2")]
    public void Label_RoundFromStart_IsTheCalendarLabel(PeriodKind period, string start, int round, string label)
    {
        // Given a period and a start
        // When a round is labelled
        // Then the label counts periods from the start
        Assert.That(PeriodCalendar.Label(period, start, round), Is.EqualTo(label));
    }

    [TestCase(PeriodKind.Quarter, "2015Q1", "2022Q1", 28)]
    [TestCase(PeriodKind.Quarter, "2015Q1", "2014Q4", -1)]
    [TestCase(PeriodKind.Year, "2015", "2043", 28)]
    [TestCase(PeriodKind.Month, "2015-01", "2017-05", 28)]
    [TestCase(PeriodKind.Round, "10", "12", 2)]
    public void TryParseRound_Label_GivesTheRound(PeriodKind period, string start, string label, int round)
    {
        // Given a label of the period
        // When it is parsed against the start
        var ok = PeriodCalendar.TryParseRound(period, start, label, out var parsed);

        // Then it is the round whose label it is
        Assert.That((ok, parsed), Is.EqualTo((true, round)));
    }

    [TestCase(PeriodKind.Quarter, "2022Q5")]
    [TestCase(PeriodKind.Quarter, "2022-01")]
    [TestCase(PeriodKind.Year, "22")]
    [TestCase(PeriodKind.Month, "2022-13")]
    [TestCase(PeriodKind.Round, "R5")]
    public void TryParseRound_NotALabelOfThePeriod_False(PeriodKind period, string label)
    {
        // Given text that is not a label of the period
        // When it is parsed
        // Then parsing fails
        Assert.That(PeriodCalendar.TryParseRound(period, PeriodCalendar.DefaultStart(period), label, out _), Is.False);
    }

    [Test]
    public void Label_StartOfAnotherPeriod_Throws()
    {
        // Given a month start for a quarterly calendar
        // When a round is labelled
        // Then the start is rejected
        Assert.Throws<FormatException>(() => PeriodCalendar.Label(PeriodKind.Quarter, "2015-01", 1));
    }

    [Test]
    public void TryParseRound_OfLabel_GivesTheRoundBack()
    {
        // Given any round labelled from a start
        // When the label is parsed back
        // Then it is the same round
        var property = FsCheck.Fluent.Prop.ForAll<FsCheck.NonNegativeInt, bool>((round, quarterly) =>
        {
            var period = quarterly ? PeriodKind.Quarter : PeriodKind.Month;
            var r = round.Get % 5000;
            var label = PeriodCalendar.Label(period, PeriodCalendar.DefaultStart(period), r);
            return PeriodCalendar.TryParseRound(period, PeriodCalendar.DefaultStart(period), label, out var back) && back == r;
        });
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(200), property);
    }
}
