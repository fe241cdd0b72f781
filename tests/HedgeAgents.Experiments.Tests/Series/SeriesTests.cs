using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Tests.Config;

namespace HedgeAgents.Experiments.Tests.Series;

/// <summary><c>series:</c> sets a parameter per period from a column of a data file: placement on the calendar, the
/// rules for gaps, filters, units, located errors, and exclusivity against events, <c>--set</c> and sweeps.</summary>
public class SeriesTests
{
    private string _dir = "";

    [SetUp]
    public void CreateDir() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "hedge-series-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteDir() => Directory.Delete(_dir, recursive: true);

    private const string Trade = """
        year,partner,measure,basis,value,unit,publisher,title,source_year,url,note
        2015,CHN,trade_share,derived,0.2,share,HedgeAgents (derived),t,2026,,
        2016,CHN,trade_share,derived,0.3,share,HedgeAgents (derived),t,2026,,
        2018,CHN,trade_share,derived,0.5,share,HedgeAgents (derived),t,2026,,
        2015,RUS,trade_share,derived,0.25,share,HedgeAgents (derived),t,2026,,
        2016,RUS,trade_share,national,0.21,share,Bureau,t,2017,,
        2016,RUS,trade_share,mirror,0.27,share,Customs,t,2017,,
        2016,RUS,trade_turnover,national,14000,USD million,Bureau,t,2017,,
        """;

    // A quarterly run 2015Q1..2018Q4 (16 rounds) with a data folder beside the experiments folder, as in the repository.
    private string Experiment(string series, string trade = Trade, string extra = "")
    {
        Directory.CreateDirectory(Path.Combine(_dir, "data"));
        Directory.CreateDirectory(Path.Combine(_dir, "experiments"));
        File.WriteAllText(Path.Combine(_dir, "data", "trade.csv"), trade.ReplaceLineEndings("\n") + "\n");
        var path = Path.Combine(_dir, "experiments", "e.yaml");
        File.WriteAllText(path, Config.Experiments.Minimal + "\nperiod: quarter\nstart: 2015Q1\nrounds: 16\n" + extra + "\nseries:\n" + series);
        return path;
    }

    private static string China(string more = "") =>
        "  - {set: relations.KAZ.CHN.returns, file: ../data/trade.csv, where: {partner: CHN, measure: trade_share}, unit: share" + more + "}\n";

    private static double[] Values(ExperimentConfig config, string path)
    {
        var spec = config.ToRunSpec();
        return [.. Enumerable.Range(0, config.Rounds).Select(t =>
            (spec.Events.LastOrDefault(e => e.At <= t)?.Parameters ?? spec.Initial).Relations.Single(r => r.From == "KAZ" && r.To == path).Returns)];
    }

    private static IReadOnlyList<ConfigError> Errors(string path, params string[] sets) =>
        Assert.Throws<ConfigException>(() => ExperimentLoader.Load(path, sets))!.Errors;

    [Test]
    public void Load_HoldRule_YearHoldsItsFourQuartersAndGapsHoldTheLastValue()
    {
        // Given annual shares for 2015, 2016 and 2018 (2017 missing) and the default rules
        var config = ExperimentLoader.Load(Experiment(China()));

        // Then each year's value holds from its Q1; 2017 holds 2016's value; 2018 holds to the run's end
        Assert.That(Values(config, "CHN"), Is.EqualTo(new[] { 0.2, 0.2, 0.2, 0.2, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.5, 0.5, 0.5, 0.5 }));
        Assert.That(config.Initial.Relations.Single(r => r.To == "CHN").Returns, Is.EqualTo(0.2));
    }

    [Test]
    public void Load_LinearRule_InterpolatesQuarterByQuarterBetweenYearStarts()
    {
        // Given the same data, interpolated
        var config = ExperimentLoader.Load(Experiment(China(", between: linear")));

        // Then 2016Q1 → 2018Q1 climbs from 0.3 to 0.5 in eight equal steps, and the last value holds after it
        var v = Values(config, "CHN");
        Assert.That(v[4], Is.EqualTo(0.3).Within(1e-12));
        Assert.That(v[6], Is.EqualTo(0.35).Within(1e-12));
        Assert.That(v[8], Is.EqualTo(0.4).Within(1e-12));
        Assert.That(v[1], Is.EqualTo(0.225).Within(1e-12));
        Assert.That(v[12..], Is.All.EqualTo(0.5));
    }

    [Test]
    public void Load_Until_IgnoresLaterObservationsAndHoldsTheLastKept()
    {
        // Given the input frozen at 2016
        var config = ExperimentLoader.Load(Experiment(China(", until: 2016")));

        // Then 2018's observation is ignored: 0.3 holds from 2016Q1 to the end
        Assert.That(Values(config, "CHN")[4..], Is.All.EqualTo(0.3));
    }

    [Test]
    public void Load_Scale_MultipliesEveryValue()
    {
        var config = ExperimentLoader.Load(Experiment(China(", scale: 2")));
        Assert.That(Values(config, "CHN")[0], Is.EqualTo(0.4));
    }

    [Test]
    public void Load_AfterError_DataEndingBeforeTheRunIsRefusedAtTheSeries()
    {
        // Given a run to 2019Q4 and data to 2018 with after: error
        var path = Experiment(China(", after: error"), extra: "");
        File.WriteAllText(path, File.ReadAllText(path).Replace("rounds: 16", "rounds: 20"));

        // Then the error names the file, its coverage and the run's end
        var e = Errors(path).Single();
        Assert.That(e.Key, Is.EqualTo("series[0].after"));
        Assert.That(e.Message, Does.Contain("2018Q4").And.Contain("2019Q4").And.Contain("after: hold"));
    }

    [Test]
    public void Load_BeforeRule_DataStartingAfterTheRunIsAnErrorUnlessHeld()
    {
        // Given Russia's national rows, which start in 2016, with the default before: error
        var series = "  - {set: relations.KAZ.RUS.returns, file: ../data/trade.csv, where: {partner: RUS, basis: national, measure: trade_share}, unit: share}\n";
        var e = Errors(Experiment(series)).Single();
        Assert.That(e.Key, Is.EqualTo("series[0].before"));
        Assert.That(e.Message, Does.Contain("starts at 2016Q1").And.Contain("2015Q1"));

        // When the first value is held back instead
        var held = ExperimentLoader.Load(Experiment(series.Replace("unit: share", "unit: share, before: hold")));
        Assert.That(held.Initial.Relations.Single(r => r.To == "RUS").Returns, Is.EqualTo(0.21));
    }

    [Test]
    public void Load_TwoRowsForOneYear_NamesBothLinesAndTheColumnToFilterOn()
    {
        // Given a filter that keeps both the national and the mirror row for 2016
        var series = "  - {set: relations.KAZ.RUS.returns, file: ../data/trade.csv, where: {partner: RUS, measure: trade_share}, unit: share}\n";
        var e = Errors(Experiment(series)).Single();

        // Then the error is at the second row's line of the data file and names the differing column
        Assert.That(e.File, Does.EndWith("data/trade.csv"));
        Assert.That(e.Line, Is.EqualTo(7));
        Assert.That(e.Message, Does.Contain("line 6").And.Contain("basis"));
    }

    [TestCase("where: {partner: CHX, measure: trade_share}, unit: share", "series[0].where.partner", "values: CHN, RUS")]
    [TestCase("where: {country: CHN}, unit: share", "series[0].where.country", "no column 'country'")]
    [TestCase("where: {partner: CHN, measure: trade_share}, column: valu, unit: share", "series[0].column", "did you mean 'value'")]
    [TestCase("where: {partner: CHN, measure: trade_share}", "series[0].unit", "unit: share")]
    [TestCase("where: {partner: CHN, measure: trade_share}, unit: share, between: cubic", "series[0].between", "hold, linear")]
    [TestCase("where: {partner: CHN, measure: trade_share}, unit: share, colour: red", "series[0].colour", "unknown key")]
    public void Load_BadEntry_LocatedErrorNamingWhatIsValid(string keys, string key, string hint)
    {
        var e = Errors(Experiment($"  - {{set: relations.KAZ.CHN.returns, file: ../data/trade.csv, {keys}}}\n")).First();
        Assert.That(e.Key, Is.EqualTo(key));
        Assert.That(e.Message, Does.Contain(hint));
        Assert.That(e.File, Does.EndWith("e.yaml"));
        Assert.That(e.Line, Is.GreaterThan(1));
    }

    [Test]
    public void Load_UnitMismatch_IsReportedAtTheDataFileLine()
    {
        // Given a series expecting USD million that keeps a share row
        var e = Errors(Experiment("  - {set: relations.KAZ.CHN.returns, file: ../data/trade.csv, where: {partner: CHN, measure: trade_share}, unit: USD million}\n")).First();
        Assert.That((e.Line, e.Key), Is.EqualTo((2, "unit")));
        Assert.That(e.Message, Does.Contain("'share'").And.Contain("USD million"));
    }

    [Test]
    public void Load_NonNumberInData_IsReportedAtItsLineAndColumn()
    {
        var e = Errors(Experiment(China(), Trade.Replace("2016,CHN,trade_share,derived,0.3", "2016,CHN,trade_share,derived,0,3"))).First();
        Assert.That(e.File, Does.EndWith("data/trade.csv"));
        Assert.That(e.Line, Is.EqualTo(3));
    }

    [Test]
    public void Load_MissingFile_NamesThePathAsWritten()
    {
        var e = Errors(Experiment(China().Replace("trade.csv", "trad.csv"))).Single();
        Assert.That(e.Key, Is.EqualTo("series[0].file"));
        Assert.That(e.Message, Does.Contain("../data/trad.csv").And.Contain("relative to the experiment file"));
    }

    [Test]
    public void Load_ValueOutOfRange_IsCheckedLikeAnyParameterAfterItsChange()
    {
        // Given a share that turns negative in 2018
        var e = Errors(Experiment(China(), Trade.Replace("2018,CHN,trade_share,derived,0.5", "2018,CHN,trade_share,derived,-0.5"))).Single();
        Assert.That(e.Message, Does.Contain("after the event at round 12"));
        Assert.That(e.Key, Does.Contain("relations"));
    }

    [Test]
    public void Load_PathNotANumberLeaf_IsRefusedAtSet()
    {
        var e = Errors(Experiment(China().Replace("relations.KAZ.CHN.returns", "relations.KAZ.CHN.colour"))).First();
        Assert.That(e.Key, Is.EqualTo("series[0].set"));
    }

    [Test]
    public void Load_PathAlsoSetByAnEventOrASecondSeries_IsRefused()
    {
        var path = Experiment(China(), extra: "events:\n  - at: 2016Q1\n    set: {relations.KAZ.CHN.returns: 0.9}\n");
        Assert.That(Errors(path).Single().Message, Does.Contain("series[0]").And.Contain("an event cannot also set it"));

        var twice = Experiment(China() + China());
        Assert.That(Errors(twice).Single().Key, Is.EqualTo("series[1].set"));
    }

    [Test]
    public void Load_SetOnASeriesPath_ReplacesTheSeriesFromRoundZero()
    {
        // Given --set on the path the series sets
        var config = ExperimentLoader.Load(Experiment(China()), ["relations.KAZ.CHN.returns=0.4"]);

        // Then the value holds throughout and the series is gone from the config (and so from the manifest)
        Assert.That(Values(config, "CHN"), Is.All.EqualTo(0.4));
        Assert.That(config.Series, Is.Empty);
    }

    [Test]
    public void SweepPoint_OnASeriesPath_ReplacesTheSeriesForThatPoint()
    {
        // Given a sweep over the path a series sets, and a second series on another path
        var series = China() + "  - {set: relations.KAZ.RUS.returns, file: ../data/trade.csv, where: {partner: RUS, basis: national, measure: trade_share}, unit: share, before: hold}\n";
        var config = ExperimentLoader.Load(Experiment(series, extra: "sweep:\n  design: grid\n  parameters:\n    relations.KAZ.CHN.returns: [0.1, 0.7]\n"));
        var plan = new HedgeAgents.Experiments.Sweeps.SweepPlan(config);

        // When the point 0.7 is run
        var spec = plan.SpecAt([0.7]);

        // Then CHN's returns are 0.7 in every round, while RUS's still come from the data
        var at = (int t) => spec.Events.LastOrDefault(e => e.At <= t)?.Parameters ?? spec.Initial;
        Assert.That(Enumerable.Range(0, 16).Select(t => at(t).Relations.Single(r => r.To == "CHN").Returns), Is.All.EqualTo(0.7));
        Assert.That(at(15).Relations.Single(r => r.To == "RUS").Returns, Is.EqualTo(0.21));
    }

    [Test]
    public void Load_Series_AreNotScenarioEventsButChangeTheRunSpec()
    {
        // Given a series and one scenario event in the same round as a series change
        var path = Experiment(China(), extra: "events:\n  - at: 2016Q1\n    label: shock\n    set: {actors.KAZ.openness: 0.6}\n");
        var config = ExperimentLoader.Load(path);

        // Then the scenario has one event, and the run spec changes in 2016Q1 (both) and 2018Q1 (data only)
        Assert.That(config.Events.Select(e => e.Label), Is.EqualTo(new[] { "shock" }));
        var spec = config.ToRunSpec();
        Assert.That(spec.Events.Select(e => e.At), Is.EqualTo(new[] { 4, 12 }));
        Assert.That(spec.Events[0].Parameters.Actors.Single(a => a.Id == "KAZ").Openness, Is.EqualTo(0.6));
        Assert.That(spec.Events[0].Parameters.Relations.Single(r => r.To == "CHN").Returns, Is.EqualTo(0.3));
        Assert.That(spec.Events[1].Parameters.Actors.Single(a => a.Id == "KAZ").Openness, Is.EqualTo(0.6));
    }

    [Test]
    public void Load_Series_RecordsTheDataFileHash()
    {
        var config = ExperimentLoader.Load(Experiment(China()));
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_dir, "data", "trade.csv"))));
        Assert.That(config.Series.Single().Sha256, Is.EqualTo(expected));
    }

    [Test]
    public void Load_BeforeKeep_TheSectionValueStandsUntilTheDataStart()
    {
        // Given Russia's national rows (from 2016) and the experiment's own value 0.1 for 2015
        var series = "  - {set: relations.KAZ.RUS.returns, file: ../data/trade.csv, where: {partner: RUS, basis: national, measure: trade_share}, unit: share, before: keep}\n";
        var path = Experiment(series);
        File.WriteAllText(path, File.ReadAllText(path).Replace("{from: KAZ, to: RUS}", "{from: KAZ, to: RUS, returns: 0.1}"));
        var config = ExperimentLoader.Load(path);

        // Then 2015 keeps 0.1 and the data take over from 2016Q1
        Assert.That(Values(config, "RUS"), Is.EqualTo(new[] { 0.1, 0.1, 0.1, 0.1 }.Concat(Enumerable.Repeat(0.21, 12))));
        Assert.That(config.ToRunSpec().Events.Select(e => e.At), Is.EqualTo(new[] { 4 }));
    }
}
