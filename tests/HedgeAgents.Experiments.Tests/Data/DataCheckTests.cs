using HedgeAgents.Experiments.Data;

namespace HedgeAgents.Experiments.Tests.Data;

public class DataCheckTests
{
    private const string Readme = "README.md";
    private const string Trade = DataFolderFixture.Trade;
    private const string Outages = DataFolderFixture.Outages;

    private DataFolderFixture _data = null!;

    [SetUp]
    public void CreateFolder() => _data = new DataFolderFixture();

    [TearDown]
    public void DeleteFolder() => _data.Dispose();

    [Test]
    public void Check_ValidFolder_NoProblemAndCountsFilesAndRows()
    {
        // Given the valid fixture (two files, one in a subfolder; six and two rows)
        // When it is checked
        var report = DataCheck.Check(_data.Folder);

        // Then nothing is wrong and every file and row was read
        Assert.That(report.Problems, Is.Empty);
        Assert.That((report.Files, report.Rows, report.IsClean), Is.EqualTo((2, 8, true)));
    }

    // Each defect alone gives exactly one problem, at the file, line and column to fix.
    [TestCase(Trade, ",Bureau of National Statistics of Kazakhstan,\"Foreign trade, 2022\"", ",,\"Foreign trade, 2022\"", Trade, 3, "publisher", "empty", TestName = "Check_MissingPublisher_Reported")]
    [TestCase(Outages, ",Reuters,Court halts CPC,", ",Reuters,,", Outages, 3, "title", "empty", TestName = "Check_MissingTitle_Reported")]
    [TestCase(Outages, "description,publisher,title", "description,publ,title", Outages, 1, "publisher", "missing", TestName = "Check_MissingSourceColumn_Reported")]
    [TestCase(Trade, "2021,https://stat.gov.kz/x", "21,https://stat.gov.kz/x", Trade, 2, "source_year", "'21' is not a 4-digit year", TestName = "Check_ShortSourceYear_Reported")]
    [TestCase(Trade, "https://stat.gov.kz/x", "stat.gov.kz/x", Trade, 2, "url", "not an http(s) URL", TestName = "Check_UrlWithoutScheme_Reported")]
    [TestCase(Trade, "134400,USD million", "134400,USD billion", Trade, 3, "unit", "gives trade_turnover in 'USD million'", TestName = "Check_UnitMismatch_Reported")]
    [TestCase(Trade, "85000.5", "\"85,000.5\"", Trade, 2, "value", "'85,000.5' is not a number", TestName = "Check_ThousandsSeparator_Reported")]
    [TestCase(Trade, "85000.5", "85000.5%", Trade, 2, "value", "is not a number", TestName = "Check_PercentSign_Reported")]
    [TestCase(Trade, "2020,WORLD,trade_share", "2O20,WORLD,trade_share", Trade, 8, "year", "'2O20' is not a 4-digit year", TestName = "Check_YearWithALetter_Reported")]
    [TestCase(Trade, "trade_turnover,national,85000.5", "trade_turnover,customs,85000.5", Trade, 2, "basis", "'customs' is not one of national, mirror", TestName = "Check_UnknownBasis_Reported")]
    [TestCase(Outages, "2022-07-06", "2022-07-32", Outages, 3, "start", "'2022-07-32' is not a date YYYY-MM-DD", TestName = "Check_BadDate_Reported")]
    [TestCase(Outages, "2022-07-06", "06.07.2022", Outages, 3, "start", "is not a date YYYY-MM-DD", TestName = "Check_DateInAnotherFormat_Reported")]
    [TestCase(Outages, "2022-07-06", "2014-07-06", Outages, 3, "start", "2014 is outside the coverage 2015–2025", TestName = "Check_EventBeforeCoverage_Reported")]
    [TestCase(Outages, "2022-04-19", "2022-03-01", Outages, 2, "end", "before the start 2022-03-22", TestName = "Check_EndBeforeStart_Reported")]
    [TestCase(Outages, ",28,", ",four weeks,", Outages, 2, "days", "'four weeks' is not a number of days", TestName = "Check_DaysNotANumber_Reported")]
    [TestCase(Outages, ",weather,", ",storm,", Outages, 2, "cause_class", "'storm' is not one of weather, technical", TestName = "Check_UnknownCauseClass_Reported")]
    [TestCase(Trade, "derived,0.3505,share", "derived,0.3,share", Trade, 7, "value", "the trade_share shares of 2020, basis derived sum to 0.95, not 1 ± 0.002", TestName = "Check_SharesNotSummingToOne_Reported")]
    [TestCase(Outages, "\"SPM damage, two of three\"", "SPM damage, two of three", Outages, 2, "", "the row has 13 fields, the header 12 columns", TestName = "Check_RaggedRow_Reported")]
    [TestCase(Outages, "\"SPM damage, two of three\"", "\"SPM damage, two of three", Outages, 2, "", "a quoted field is not closed", TestName = "Check_UnclosedQuote_Reported")]
    [TestCase(Outages, "https://www.reuters.com/y,\n", "https://www.reuters.com/y,\n\n", Outages, 4, "", "blank line", TestName = "Check_BlankLine_Reported")]
    [TestCase(Readme, "| trade-by-partner.csv | trade_turnover | USD million | 2020–2022 | 2021 |", "| trade-by-partner.csv | trade_turnover | USD million | 2020–2022 | none |",
        Readme, 9, "gaps", "has no trade_turnover row for 2021; add the rows or list the years as gaps", TestName = "Check_MissingYearNotListedAsGap_Reported")]
    [TestCase(Readme, "| event | count |", "| outage | count |", Readme, 16, "measure", "catalog it with measure 'event' and unit 'count'", TestName = "Check_EventFileWithAnotherMeasure_Reported")]
    [TestCase(Readme, "| 2015–2025 | — |", "| 2015–2025 | 2016 |", Readme, 16, "gaps", "an event file has no gaps", TestName = "Check_EventFileWithGaps_Reported")]
    public void Check_OneDefect_ReportedWithFileLineAndColumn(string file, string old, string replacement, string where, int line, string column, string message)
    {
        // Given the valid folder with one defect
        _data.Edit(file, old, replacement);

        // When it is checked
        var problems = DataCheck.Check(_data.Folder).Problems;

        // Then exactly that defect is reported, located
        Assert.That(problems, Has.Length.EqualTo(1), string.Join("\n", problems));
        var problem = problems[0];
        Assert.That((problem.File, problem.Line, problem.Column), Is.EqualTo((_data.PathOf(where), line, column)), problem.ToString());
        Assert.That(problem.Message, Does.Contain(message));
    }

    [Test]
    public void Check_RowRemovedForAYearTheCatalogPromises_ReportedAtTheCatalogRow()
    {
        // Given the 2022 turnover row (lines 3–4) removed, 2022 not being a gap
        _data.Write(Trade, string.Join('\n', File.ReadAllText(_data.PathOf(Trade)).Split('\n').Where((_, i) => i is not (2 or 3))));

        // When it is checked
        var problems = DataCheck.Check(_data.Folder).Problems;

        // Then the catalog row is named with the missing year
        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            $"{_data.PathOf(Readme)}:9: gaps: {_data.PathOf(Trade)} has no trade_turnover row for 2022; add the rows or list the years as gaps",
        }));
    }

    [Test]
    public void Check_RowsForAYearListedAsGap_ReportedAtTheFirstSuchRow()
    {
        // Given the 2022 turnover row moved to 2021, a gap (so 2022 is now missing too)
        _data.Edit(Trade, "2022,WORLD,trade_turnover", "2021,WORLD,trade_turnover");

        // When it is checked
        var problems = DataCheck.Check(_data.Folder).Problems.Select(p => p.ToString()).ToList();

        // Then both halves are reported: the row of the gap year, and the year without a row
        Assert.That(problems, Is.EquivalentTo(new[]
        {
            $"{_data.PathOf(Trade)}:3: year: 2021 is listed as a gap of trade_turnover ({_data.PathOf(Readme)}:9) but has rows; remove it from the gaps",
            $"{_data.PathOf(Readme)}:9: gaps: {_data.PathOf(Trade)} has no trade_turnover row for 2022; add the rows or list the years as gaps",
        }));
    }

    [Test]
    public void Check_FileNotInTheCatalog_ReportedAtItsHeader()
    {
        // Given a well-formed event file in a subfolder that no catalog row lists
        _data.Write("estimates/extra.csv", DataFolderFixture.OutagesCsv);

        // When it is checked
        var report = DataCheck.Check(_data.Folder);

        // Then it is read, counted and reported as not catalogued
        Assert.That(report.Problems, Has.Length.EqualTo(1));
        Assert.That(report.Problems[0].ToString(), Does.StartWith($"{_data.PathOf("estimates/extra.csv")}:1: not in the catalog"));
        Assert.That((report.Files, report.Rows), Is.EqualTo((3, 10)));
    }

    [Test]
    public void Check_CatalogedFileMissing_ReportedAtTheCatalogRow()
    {
        // Given the event file deleted
        File.Delete(_data.PathOf(Outages));

        // When it is checked
        var problems = DataCheck.Check(_data.Folder).Problems;

        // Then the catalog row that lists it is named
        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            $"{_data.PathOf(Readme)}:16: file: estimates/outages.csv is not in {_data.Folder}; add the file or remove its rows from the catalog",
        }));
    }

    [Test]
    public void Check_MeasureNotInTheCatalog_ReportedWithTheMeasuresItLists()
    {
        // Given a row of a measure the catalog does not list for the file
        _data.Write(Trade, DataFolderFixture.TradeCsv + "2020,WORLD,gdp,national,171000,USD million,World Bank,GDP,2024,https://data.worldbank.org/x,\n");

        // When it is checked
        var problems = DataCheck.Check(_data.Folder).Problems;

        // Then the row is named, with what the catalog has
        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            $"{_data.PathOf(Trade)}:9: measure: 'gdp' is not in the catalog for this file; it lists trade_turnover, trade_share",
        }));
    }

    [Test]
    public void Check_SameObservationTwiceOnTheSameBasis_ReportedAtTheSecond()
    {
        // Given the 2020 turnover row repeated at the end (line 9)
        var first = DataFolderFixture.TradeCsv.ReplaceLineEndings("\n").Split('\n')[1];
        _data.Write(Trade, DataFolderFixture.TradeCsv + first + "\n");

        // When it is checked
        var problems = DataCheck.Check(_data.Folder).Problems;

        // Then the repetition names the first line
        Assert.That(problems, Has.Length.EqualTo(1));
        Assert.That(problems[0].ToString(), Does.StartWith($"{_data.PathOf(Trade)}:9: the same year, partner, measure and basis as line 2"));
    }

    [Test]
    public void Check_ShareInPercent_ReportedAsOutsideTheUnitInterval()
    {
        // Given a share written in percent
        _data.Edit(Trade, "derived,0.25,share", "derived,25,share");

        // When it is checked
        var problems = DataCheck.Check(_data.Folder).Problems.Select(p => (p.Line, p.Column, p.Message)).ToList();

        // Then the value is reported, and so is the profile's sum at its ROW row
        Assert.That(problems, Has.Count.EqualTo(2));
        Assert.That(problems[0], Is.EqualTo((5, "value", "25 is not a fraction in [0, 1]; shares are never percent")));
        Assert.That(problems[1].Line, Is.EqualTo(7));
        Assert.That(problems[1].Message, Does.Contain("sum to 25.7505"));
    }

    [Test]
    public void Check_ShareGroupWithoutRestOfWorld_IsNotRequiredToSumToOne()
    {
        // Given an incomplete profile: the ROW row dropped, the rest summing to 0.65
        _data.Edit(Trade, "2020,ROW,trade_share", "2020,KOR,trade_share");

        // When it is checked
        // Then it passes: without ROW the partners listed need not be all of them
        Assert.That(DataCheck.Check(_data.Folder).Problems, Is.Empty);
    }

    [Test]
    public void Check_SharesOfTwoBases_SummedSeparately()
    {
        // Given a second, mirror-basis profile for 2020 that sums to 1 on its own
        _data.Write(Trade, DataFolderFixture.TradeCsv +
            "2020,CHN,trade_share,mirror,0.5,share,General Administration of Customs of China,Imports and exports by country,2021,http://english.customs.gov.cn/x,\n" +
            "2020,ROW,trade_share,mirror,0.5,share,General Administration of Customs of China,Imports and exports by country,2021,http://english.customs.gov.cn/x,\n");

        // When it is checked
        // Then each basis is its own profile, so neither is off
        Assert.That(DataCheck.Check(_data.Folder).Problems, Is.Empty);
    }

    [Test]
    public void Check_NoCatalog_ReportedAndEveryFileUnlisted()
    {
        // Given the README deleted
        File.Delete(_data.PathOf(Readme));

        // When it is checked
        var problems = DataCheck.Check(_data.Folder).Problems.Select(p => p.ToString()).ToList();

        // Then the missing catalog is reported first, then each file as not in it
        Assert.That(problems, Has.Count.EqualTo(3));
        Assert.That(problems[0], Does.StartWith($"{_data.PathOf(Readme)}: no catalog"));
        Assert.That(problems[1], Does.StartWith($"{_data.PathOf(Outages)}:1: not in the catalog"));
        Assert.That(problems[2], Does.StartWith($"{_data.PathOf(Trade)}:1: not in the catalog"));
    }

    [Test]
    public void Check_MissingFolder_OneProblem()
    {
        // Given a folder that does not exist
        var missing = Path.Combine(_data.Folder, "nowhere");

        // When it is checked
        var report = DataCheck.Check(missing);

        // Then that is the one problem
        Assert.That(report.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { $"{missing}: no such folder; give the data folder (default: data)" }));
    }
}
