namespace HedgeAgents.Cli.Tests;

/// <summary><c>hedge data check</c>: a one-line summary for a sound folder, every located problem and exit 2 otherwise.</summary>
public class DataCommandTests : TempDirTest
{
    private const string Readme = """
        # Data

        | file | measure | unit | coverage | gaps |
        |---|---|---|---|---|
        | gdp.csv | gdp | USD billion | 2020–2022 | 2021 |

        """;

    private const string Gdp = """
        year,measure,basis,value,unit,publisher,title,source_year,url,note
        2020,gdp,national,171.1,USD billion,World Bank,GDP (current US$) - Kazakhstan,2024,https://data.worldbank.org/x,
        2022,gdp,national,225.5,USD billion,World Bank,GDP (current US$) - Kazakhstan,2024,https://data.worldbank.org/x,

        """;

    private void WriteFolder(string gdp)
    {
        Directory.CreateDirectory(Dir);
        File.WriteAllText(Path.Combine(Dir, "README.md"), Readme);
        File.WriteAllText(Path.Combine(Dir, "gdp.csv"), gdp);
    }

    [Test]
    public void DataCheck_SoundFolder_PrintsTheSummaryAndExitsZero()
    {
        // Given a catalogued, sourced file
        WriteFolder(Gdp);

        // When the folder is checked
        var (exit, stdout, stderr) = Repo.Hedge("data", "check", Dir);

        // Then one line counts files and rows
        Assert.That(exit, Is.EqualTo(0), stderr);
        Assert.That(stdout, Is.EqualTo($"{Dir}: 1 files, 2 rows, all sourced\n"));
        Assert.That(stderr, Is.Empty);
    }

    [Test]
    public void DataCheck_UnsourcedRowAndWrongUnit_EachProblemOnStderrAndExitTwo()
    {
        // Given the 2022 row without a publisher and in the wrong unit
        WriteFolder(Gdp.Replace("225.5,USD billion,World Bank", "225500,USD million,", StringComparison.Ordinal));

        // When the folder is checked
        var (exit, stdout, stderr) = Repo.Hedge("data", "check", Dir);

        // Then both are printed as file:line: column: message, and nothing on stdout
        var file = Path.Combine(Dir, "gdp.csv");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            $"{file}:3: publisher: empty; every row names its source (publisher, title, source_year)",
            $"{file}:3: unit: 'USD million', but the catalog ({Path.Combine(Dir, "README.md")}:5) gives gdp in 'USD billion'; one unit per measure",
            $"hedge data check: 2 problems in {Dir}",
        }));
    }

    [Test]
    public void DataCheck_MissingFolder_ExitTwo()
    {
        // Given a folder that does not exist
        // When it is checked
        var (exit, _, stderr) = Repo.Hedge("data", "check", Path.Combine(Dir, "none"));

        // Then it says so
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("no such folder"));
    }

    [Test]
    public void DataCheck_Help_GivesAnExample()
    {
        // When the verb's help is printed
        var (exit, help, _) = Repo.Hedge("data", "check", "--help");

        // Then it exits 0 and shows how to call it
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(help, Does.Contain("Example: hedge data check data").And.Contain("file:line: column: message"));
    }
}
