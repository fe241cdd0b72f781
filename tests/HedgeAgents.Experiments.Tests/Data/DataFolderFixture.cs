namespace HedgeAgents.Experiments.Tests.Data;

/// <summary>A valid data folder in a fresh temporary directory: a catalog with two tables in two sections (and a table
/// that is not a catalog), an observation file with a quoted line break and a complete share profile, and an event file
/// in a subfolder. Tests break one thing with <see cref="Edit"/>. The line numbers the tests assert are noted here.</summary>
internal sealed class DataFolderFixture : IDisposable
{
    public const string Trade = "trade-by-partner.csv";
    public const string Outages = "estimates/outages.csv";

    // README.md: line 9 trade_turnover, 10 trade_share, 16 the event file.
    public const string Readme = """
        # Data

        ## Trade

        Kazakhstan's trade by partner; codes: see below.

        | file | measure | unit | coverage | gaps |
        |---|---|---|---|---|
        | trade-by-partner.csv | trade_turnover | USD million | 2020–2022 | 2021 |
        | trade-by-partner.csv | trade_share | share | 2020-2020 | none |

        ## Outages

        | file | measure | unit | coverage | gaps |
        |---|---|---|---|---|
        | `estimates/outages.csv` | event | count | 2015–2025 | — |

        | code | meaning |
        |---|---|
        | ROW | rest of the world |

        """;

    // Lines: 2 turnover 2020, 3–4 turnover 2022 (a note over two lines), 5 CHN, 6 EU27, 7 ROW, 8 WORLD shares of 2020.
    public const string TradeCsv = """
        year,partner,measure,basis,value,unit,publisher,title,source_year,url,note
        2020,WORLD,trade_turnover,national,85000.5,USD million,Bureau of National Statistics of Kazakhstan,"Foreign trade, 2020",2021,https://stat.gov.kz/x,"Jan–Dec, goods only"
        2022,WORLD,trade_turnover,national,134400,USD million,Bureau of National Statistics of Kazakhstan,"Foreign trade, 2022",2023,https://stat.gov.kz/y,"a ""preliminary"" figure,
        revised later"
        2020,CHN,trade_share,derived,0.25,share,HedgeAgents (derived),share = trade_turnover of partner / of WORLD,2026,,
        2020,EU27,trade_share,derived,0.4,share,HedgeAgents (derived),share = trade_turnover of partner / of WORLD,2026,,
        2020,ROW,trade_share,derived,0.3505,share,HedgeAgents (derived),share = trade_turnover of partner / of WORLD,2026,,
        2020,WORLD,trade_share,derived,1,share,HedgeAgents (derived),share = trade_turnover of partner / of WORLD,2026,,

        """;

    // Lines: 2 a storm, 3 a court order (end and days unknown).
    public const string OutagesCsv = """
        start,end,days,route,cause,cause_class,description,publisher,title,source_year,url,note
        2022-03-22,2022-04-19,28,CPC,storm damage,weather,"SPM damage, two of three",Reuters,CPC resumes loadings,2022,https://www.reuters.com/x,
        2022-07-06,,,CPC,court order,regulatory,suspension for 30 days,Reuters,Court halts CPC,2022,https://www.reuters.com/y,

        """;

    public DataFolderFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "hedge-data-" + Guid.NewGuid().ToString("N"));
        Write("README.md", Readme);
        Write(Trade, TradeCsv);
        Write(Outages, OutagesCsv);
    }

    /// <summary>The data folder.</summary>
    public string Folder { get; }

    /// <summary>The path of a file of the folder as <c>DataCheck</c> names it.</summary>
    public string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>Writes a file (LF line endings), creating its folder.</summary>
    public void Write(string file, string text)
    {
        var path = PathOf(file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in a file.</summary>
    public void Edit(string file, string old, string replacement)
    {
        var text = File.ReadAllText(PathOf(file));
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0).And.EqualTo(text.LastIndexOf(old, StringComparison.Ordinal)), $"'{old}' once in {file}");
        File.WriteAllText(PathOf(file), text[..at] + replacement + text[(at + old.Length)..]);
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
