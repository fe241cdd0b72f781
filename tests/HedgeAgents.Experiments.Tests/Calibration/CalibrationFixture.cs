namespace HedgeAgents.Experiments.Tests.Calibration;

/// <summary>A temporary data folder per test with small event files written by hand, so expected counts are known.</summary>
public abstract class CalibrationFixture
{
    /// <summary>CPC-like outages: weather and technical (one without a length), a regulatory and an attack; one storm
    /// starts in December 2021 and ends in 2022, so it counts in the window holding 2021.</summary>
    internal const string Outages = """
        start,end,days,route,cause,cause_class,description,publisher,title,source_year,url,note
        2015-03-10,2015-03-12,3,CPC,storm,weather,Storm at the terminal,Caspian Pipeline Consortium,Report A,2016,https://example.org/a,
        2016-11-01,,,CPC,mooring damage,technical,"Buoy damaged, loading cut",Reuters,Article B,2017,https://example.org/b,end unknown
        2018-07-05,2018-07-06,2,CPC,court order,regulatory,Court suspends loading,Reuters,Article C,2018,https://example.org/c,
        2021-12-30,2022-01-02,4,CPC,storm,weather,Storm,Reuters,Article D,2022,https://example.org/d,
        2022-02-20,2022-03-20,29,CPC,storm,weather,Storm damage to two buoys,Caspian Pipeline Consortium,Report E,2022,https://example.org/e,
        2022-07-06,2022-07-11,6,CPC,court order,regulatory,Court order,Reuters,Article F,2022,https://example.org/f,
        2025-02-17,2025-03-01,12,CPC,drone,attack,Drone strike on a pumping station,Reuters,Article G,2025,https://example.org/g,

        """;

    /// <summary>Designations by date with a count of entities; one row for another country.</summary>
    internal const string Designations = """
        date,target,count,description,publisher,title,source_year,url,note
        2022-03-15,KAZ,2,Two firms,OFAC,Designations 1,2022,https://example.org/1,
        2023-04-12,KAZ,5,Five firms,OFAC,Designations 2,2023,https://example.org/2,
        2023-05-01,KGZ,7,Seven firms,OFAC,Designations 3,2023,https://example.org/3,
        2023-12-01,KAZ,0,A notice naming no firm,OFAC,Designations 4,2023,https://example.org/4,
        2024-06-12,KAZ,11,Eleven firms,OFAC,Designations 5,2024,https://example.org/5,

        """;

    /// <summary>The two entries the tests read, as a calibration file holds them.</summary>
    internal const string Spec = """
        estimates:
          - id: cpc-closure-natural
            events: cpc-outages.csv
            where: {cause_class: [weather, technical]}
            windows: [{from: 2015, to: 2021}, {from: 2022, to: 2025}]
            per: quarter
            count: events
            parameter: routes.cpc.hazard
            meaning: "Closures of the CPC terminal by storms and breakdowns; leaves out court orders and attacks."
          - id: kaz-designations
            events: sanctions-designations.csv
            where: {target: [KAZ]}
            windows: [{from: 2022, to: 2024}]
            per: year
            count: count
            parameter: shocks.sanctions.hazard
            meaning: "Kazakh entities designated per year; counts entities, not designation rounds."
        """;

    /// <summary>The test's data folder (created with the two event files).</summary>
    protected string Dir { get; private set; } = "";

    /// <summary>The spec file's path in <see cref="Dir"/>.</summary>
    protected string SpecPath => Path.Combine(Dir, "calibration.yaml");

    [SetUp]
    public void CreateData()
    {
        Dir = Path.Combine(Path.GetTempPath(), "hedge-calib-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
        File.WriteAllText(Path.Combine(Dir, "cpc-outages.csv"), Outages);
        File.WriteAllText(Path.Combine(Dir, "sanctions-designations.csv"), Designations);
    }

    [TearDown]
    public void DeleteData()
    {
        if (Directory.Exists(Dir)) Directory.Delete(Dir, recursive: true);
    }

    /// <summary>Writes <paramref name="spec"/> as the calibration file and returns its path.</summary>
    protected string WriteSpec(string spec)
    {
        File.WriteAllText(SpecPath, spec);
        return SpecPath;
    }
}
