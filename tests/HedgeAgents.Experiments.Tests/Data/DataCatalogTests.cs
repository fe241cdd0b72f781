using HedgeAgents.Experiments.Data;

namespace HedgeAgents.Experiments.Tests.Data;

public class DataCatalogTests
{
    [Test]
    public void Parse_TablesInTwoSections_ReadsEveryRowAndIgnoresOtherTables()
    {
        // Given the fixture's README: two catalog tables (en dash and hyphen, a code-quoted file name) and another table
        // When it is parsed
        var catalog = DataCatalog.Parse(DataFolderFixture.Readme, "README.md");

        // Then the three catalog rows are entries with their lines, and nothing is wrong
        Assert.That(catalog.Problems, Is.Empty);
        Assert.That(catalog.Entries, Is.EqualTo(new[]
        {
            new DataCatalogEntry("trade-by-partner.csv", "trade_turnover", "USD million", 2020, 2022, [2021], 9),
            new DataCatalogEntry("trade-by-partner.csv", "trade_share", "share", 2020, 2020, [], 10),
            new DataCatalogEntry("estimates/outages.csv", "event", "count", 2015, 2025, [], 16),
        }));
        Assert.That(catalog.Entries[0].ExpectedYears, Is.EqualTo(new[] { 2020, 2022 }));
        Assert.That(catalog.Find("trade-by-partner.csv", "trade_share")!.Line, Is.EqualTo(10));
        Assert.That(catalog.For("estimates/outages.csv").Single().IsEvent, Is.True);
    }

    [Test]
    public void Parse_GapsListAndRange_AllYearsSorted()
    {
        // Given gaps written as a list with a range, out of order
        const string text = "| file | measure | unit | coverage | gaps |\n|---|---|---|---|---|\n| a.csv | gdp | USD billion | 2010–2020 | 2019, 2012–2014, 2011 |\n";

        // When it is parsed
        var entry = DataCatalog.Parse(text, "README.md").Entries.Single();

        // Then every year is a gap, sorted, and the rest are expected
        Assert.That(entry.Gaps, Is.EqualTo(new[] { 2011, 2012, 2013, 2014, 2019 }));
        Assert.That(entry.ExpectedYears, Is.EqualTo(new[] { 2010, 2015, 2016, 2017, 2018, 2020 }));
    }

    [TestCase("| a.csv | gdp | USD billion | 2020–2015 | none |", "coverage", "'2020–2015' is not a span of years first–last")]
    [TestCase("| a.csv | gdp | USD billion | since 2015 | none |", "coverage", "'since 2015' is not a span of years")]
    [TestCase("| a.csv | gdp | USD billion | 2015–2020 | 2023 |", "gaps", "2023 is outside the coverage 2015–2020")]
    [TestCase("| a.csv | gdp | USD billion | 2015–2020 | 2016 2017 |", "gaps", "'2016 2017' is not a year")]
    [TestCase("| a.csv | gdp | USD billion | 2015–2020 | 2016, 2016 |", "gaps", "2016 is listed twice")]
    [TestCase("| a.csv | gdp | USD billion | 2015–2020 | |", "gaps", "'' is not a year; write none, —, or years")]
    [TestCase("| a.xlsx | gdp | USD billion | 2015–2020 | none |", "file", "'a.xlsx' is not a CSV file name")]
    [TestCase("| a.csv | | USD billion | 2015–2020 | none |", "measure", "empty")]
    [TestCase("| a.csv | gdp | USD billion | 2015–2020 |", "", "the row has 4 cells; a catalog row has 5")]
    public void Parse_BadRow_ProblemAtItsLineAndColumn(string row, string column, string message)
    {
        // Given a catalog whose one row (line 4) is bad
        var text = $"# Data\n| file | measure | unit | coverage | gaps |\n|---|---|---|---|---|\n{row}\n";

        // When it is parsed
        var catalog = DataCatalog.Parse(text, "data/README.md");

        // Then the row is left out and its problem located
        Assert.That(catalog.Entries, Is.Empty);
        Assert.That(catalog.Problems, Has.Length.EqualTo(1));
        Assert.That((catalog.Problems[0].File, catalog.Problems[0].Line, catalog.Problems[0].Column), Is.EqualTo(("data/README.md", 4, column)));
        Assert.That(catalog.Problems[0].Message, Does.Contain(message));
    }

    [Test]
    public void Parse_SameFileAndMeasureTwice_SecondReported()
    {
        // Given one (file, measure) in two tables
        const string table = "| file | measure | unit | coverage | gaps |\n|---|---|---|---|---|\n| a.csv | gdp | USD billion | 2015–2020 | none |\n";

        // When they are parsed
        var catalog = DataCatalog.Parse(table + "\ntext\n\n" + table, "README.md");

        // Then the first stands and the second (line 9) is reported
        Assert.That(catalog.Entries, Has.Length.EqualTo(1));
        Assert.That(catalog.Problems.Select(p => p.ToString()),
            Is.EqualTo(new[] { "README.md:9: measure: a.csv gdp is already listed on line 3; one row per (file, measure)" }));
    }

    [Test]
    public void Parse_HeaderWithoutSeparator_Reported()
    {
        // Given a catalog header followed directly by a row
        const string text = "| file | measure | unit | coverage | gaps |\n| a.csv | gdp | USD billion | 2015–2020 | none |\n";

        // When it is parsed
        var catalog = DataCatalog.Parse(text, "README.md");

        // Then the header line is named
        Assert.That(catalog.Problems.Select(p => p.ToString()),
            Is.EqualTo(new[] { "README.md:1: a catalog header must be followed by a separator line |---|---|---|---|---|" }));
    }
}
