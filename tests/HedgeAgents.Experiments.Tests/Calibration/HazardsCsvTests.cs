using HedgeAgents.Experiments.Calibration;

namespace HedgeAgents.Experiments.Tests.Calibration;

/// <summary>hazards.csv from hand-written event files: exact rows, what is counted where, and the same bytes twice.</summary>
public class HazardsCsvTests : CalibrationFixture
{
    private const string Header = "year,estimate,measure,basis,value,unit,lower95,upper95,events,rounds,publisher,title,source_year,url,note";

    private static string[] Lines(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Test]
    public void Write_Fixture_GivesTheExpectedRows()
    {
        // Given the fixture: 3 weather/technical outages in 2015–2021 (one without a length; one starting 2021-12-30),
        // 1 in 2022–2025; 18 Kazakh entities designated in 2022–2024 over 4 rows (a KGZ row is left out)
        // When calibrated
        var (csv, _) = Calibrator.Run(WriteSpec(Spec));
        var lines = Lines(csv);

        // Then a hazard and a severity row per quarter-based year (7 + 4 years) and a hazard row per designation year;
        // n=3, T=28: rate 3/28, Garwood [0.618672, 8.76727]/28, p = 1 − e^(−3/28); severity (3 + 4)/2 / 91.3125
        Assert.That(lines, Has.Length.EqualTo(1 + 2 * (7 + 4) + 3));
        Assert.That(lines[0], Is.EqualTo(Header));
        Assert.That(lines[1], Is.EqualTo(
            "2015,cpc-closure-natural,hazard,derived,0.101603,per quarter,0.0218531,0.268836,3,28,HedgeAgents (derived)," +
            "\"estimate cpc-closure-natural from cpc-outages.csv, 2015–2021\",2022,," +
            "\"3 events where cause_class ∈ {weather, technical} over 28 quarters; rate 0.107143 per quarter (exact Poisson 95% 0.0220954–0.313117); value = 1 − exp(−rate)\""));
        Assert.That(lines[2], Is.EqualTo(
            "2015,cpc-closure-natural,severity,derived,0.0383299,share,,,2,28,HedgeAgents (derived)," +
            "\"estimate cpc-closure-natural from cpc-outages.csv, 2015–2021\",2022,," +
            "\"mean length 3.5 days over 2 events with a known length (1 unknown) / 91.3125 days per quarter, at most 1; no interval\""));
        // n=1, T=16: [−ln 0.975, 5.57164]/16; severity 29/91.3125
        Assert.That(lines[15], Is.EqualTo(
            "2022,cpc-closure-natural,hazard,derived,0.0605869,per quarter,0.00158111,0.294062,1,16,HedgeAgents (derived)," +
            "\"estimate cpc-closure-natural from cpc-outages.csv, 2022–2025\",2022,," +
            "\"1 event where cause_class ∈ {weather, technical} over 16 quarters; rate 0.0625 per quarter (exact Poisson 95% 0.00158236–0.348228); value = 1 − exp(−rate)\""));
        Assert.That(lines[16], Does.StartWith("2022,cpc-closure-natural,severity,derived,0.317591,share,,,1,16,"));
        Assert.That(lines[22], Does.StartWith("2025,cpc-closure-natural,severity,"));
        // 18 entities over 3 years: rate 6 per year, no lengths so no severity row, source_year the latest counted (2024)
        Assert.That(lines[23], Is.EqualTo(
            "2022,kaz-designations,hazard,derived,0.997521,per year,0.971447,0.999924,18,3,HedgeAgents (derived)," +
            "\"estimate kaz-designations from sanctions-designations.csv, 2022–2024\",2024,," +
            "18 counted (count summed over 4 rows) where target ∈ {KAZ} over 3 years; rate 6 per year (exact Poisson 95% 3.55598–9.48259); value = 1 − exp(−rate)"));
        Assert.That(lines[25], Does.StartWith("2024,kaz-designations,hazard,derived,0.997521,per year,"));
    }

    [Test]
    public void Run_Twice_GivesTheSameBytes()
    {
        // Given one spec
        var spec = WriteSpec(Spec);

        // When calibrated twice
        var first = Calibrator.Run(spec);
        var second = Calibrator.Run(spec);

        // Then both outputs are identical, and the CSV has LF line ends only
        Assert.That(second.HazardsCsv, Is.EqualTo(first.HazardsCsv));
        Assert.That(second.Page, Is.EqualTo(first.Page));
        Assert.That(first.HazardsCsv, Does.Not.Contain("\r"));
    }

    [Test]
    public void Estimate_WithoutWhere_CountsEveryRowAndPerYear()
    {
        // Given every outage, per year, over 2015–2025 (7 rows, 6 with a length: 3, 2, 4, 29, 6, 12 days)
        var spec = WriteSpec("""
            estimates:
              - id: all
                events: cpc-outages.csv
                windows: [{from: 2015, to: 2025}]
                per: year
                parameter: routes.cpc.hazard
                meaning: every outage
            """);

        // When estimated
        var (s, tables) = CalibrationLoader.LoadFile(spec);
        var e = HazardEstimator.Estimate(s, tables).Single();

        // Then n = 7 over T = 11 years, mean 56/6 days over 365.25, and the causes are tallied by class
        Assert.That(e.Rate.Events, Is.EqualTo(7));
        Assert.That(e.Rate.Rounds, Is.EqualTo(11));
        Assert.That(e.KnownLengths, Is.EqualTo(6));
        Assert.That(e.UnknownLengths, Is.EqualTo(1));
        Assert.That(e.MeanDays, Is.EqualTo(56.0 / 6).Within(1e-12));
        Assert.That(e.Severity, Is.EqualTo(56.0 / 6 / 365.25).Within(1e-12));
        Assert.That(e.CauseClasses, Is.EqualTo(new[] { ("attack", 1), ("regulatory", 2), ("technical", 1), ("weather", 3) }));
        Assert.That(e.SourceYear, Is.EqualTo(2025));
    }

    [Test]
    public void Estimate_SeveralWhereColumns_KeepsRowsMatchingAll()
    {
        // Given weather outages published by the consortium itself (2 rows: 2015 and 2022), per month
        var spec = WriteSpec("""
            estimates:
              - id: operator-weather
                events: cpc-outages.csv
                where: {cause_class: [weather], publisher: [Caspian Pipeline Consortium]}
                windows: [{from: 2015, to: 2025}]
                per: month
                parameter: routes.cpc.hazard
                meaning: weather outages the operator reported
            """);

        // When estimated
        var (s, tables) = CalibrationLoader.LoadFile(spec);
        var e = HazardEstimator.Estimate(s, tables).Single();

        // Then only rows matching both are counted; exposure 11 years × 12 months; severity (3 + 29)/2 / 30.4375
        Assert.That(e.Rate.Events, Is.EqualTo(2));
        Assert.That(e.Rate.Rounds, Is.EqualTo(132));
        Assert.That(e.Severity, Is.EqualTo(16 / 30.4375).Within(1e-12));
    }

    [Test]
    public void Estimate_LongEvents_SeverityIsCappedAtOneRound()
    {
        // Given the 29-day storm per month (29 / 30.4375 < 1) and a fixture with a 200-day outage
        File.AppendAllText(Path.Combine(Dir, "cpc-outages.csv"),
            "2023-01-01,2023-07-20,200,CPC,fire,technical,Long repair,Reuters,Article H,2023,https://example.org/h,\n");
        var spec = WriteSpec("""
            estimates:
              - id: long
                events: cpc-outages.csv
                where: {title: [Article H]}
                windows: [{from: 2023, to: 2023}]
                per: quarter
                parameter: routes.cpc.hazard
                meaning: one long outage
            """);

        // When estimated
        var (s, tables) = CalibrationLoader.LoadFile(spec);
        var e = HazardEstimator.Estimate(s, tables).Single();

        // Then the mean length stays 200 days but the share of a round lost is 1
        Assert.That(e.MeanDays, Is.EqualTo(200));
        Assert.That(e.Severity, Is.EqualTo(1.0));
    }

    [Test]
    public void Estimate_WindowOutsideTheRecord_GivesZeroEventsAndTheFileSourceYear()
    {
        // Given a window before any event
        var spec = WriteSpec("""
            estimates:
              - id: early
                events: cpc-outages.csv
                windows: [{from: 2005, to: 2011}]
                per: quarter
                parameter: routes.cpc.hazard
                meaning: before the record
            """);

        // When calibrated
        var (csv, _) = Calibrator.Run(spec);
        var lines = Lines(csv);

        // Then 7 hazard rows with value 0, lower 0, upper 1 − 0.025^(1/28), no severity row, the file's latest source year
        Assert.That(lines, Has.Length.EqualTo(1 + 7));
        Assert.That(lines[1], Does.StartWith("2005,early,hazard,derived,0,per quarter,0,0.123436,0,28,HedgeAgents (derived),"));
        Assert.That(1 - Math.Pow(0.025, 1.0 / 28), Is.EqualTo(0.123436).Within(5e-7));
        Assert.That(Repo.CsvFields(lines[1])[12], Is.EqualTo("2025"));
    }

    [Test]
    public void Estimate_CountColumn_SumsItsValuesAndEventsCountsRows()
    {
        // Given the designations counted two ways: by entity (count column) and by designation (each row)
        var spec = WriteSpec("""
            estimates:
              - id: entities
                events: sanctions-designations.csv
                windows: [{from: 2023, to: 2023}]
                per: year
                count: count
                parameter: shocks.sanctions.hazard
                meaning: entities
              - id: designations
                events: sanctions-designations.csv
                windows: [{from: 2023, to: 2023}]
                per: year
                parameter: shocks.sanctions.hazard
                meaning: designations
            """);

        // When estimated
        var (s, tables) = CalibrationLoader.LoadFile(spec);
        var e = HazardEstimator.Estimate(s, tables);

        // Then 2023 holds 5 + 7 + 0 = 12 entities in 3 rows
        Assert.That(e[0].Rate.Events, Is.EqualTo(12));
        Assert.That(e[0].Rows, Is.EqualTo(3));
        Assert.That(e[1].Rate.Events, Is.EqualTo(3));
        Assert.That(e[0].HasLengths, Is.False);
        Assert.That(e[0].Severity, Is.Null);
    }

    [Test]
    public void Estimate_Episodes_MergesRowsWhoseSpansOverlapOrTouch()
    {
        // Given one storm listed per asset (three rows from 22–23 March, one without a length), a storm whose damage is
        // found the day it ends (touching), and a storm a month later (apart)
        File.WriteAllText(Path.Combine(Dir, "assets.csv"), """
            start,end,days,asset,cause,cause_class,description,publisher,title,source_year,url,note
            2022-03-23,2022-03-28,5,TERMINAL,storm,weather,Loading stopped,CPC,A,2022,https://example.org/a,
            2022-03-22,2022-04-23,32,SPM-3,storm,weather,SPM-3 out,CPC,B,2023,https://example.org/b,
            2022-03-22,,,SPM-2,storm,technical,SPM-2 out,CPC,C,2022,https://example.org/c,
            2023-11-27,2023-11-30,3,TERMINAL,storm,weather,Loading stopped,CPC,D,2023,https://example.org/d,
            2023-11-30,,,SPM-3,storm,weather,Hose damaged,CPC,E,2024,https://example.org/e,
            2023-12-31,2024-01-02,2,TERMINAL,storm,weather,Loading stopped,CPC,F,2024,https://example.org/f,

            """);
        var spec = WriteSpec("""
            estimates:
              - id: storms
                events: assets.csv
                windows: [{from: 2022, to: 2023}]
                per: quarter
                count: episodes
                parameter: routes.cpc.outage
                meaning: storm episodes
            """);

        // When estimated
        var (s, tables) = CalibrationLoader.LoadFile(spec);
        var e = HazardEstimator.Estimate(s, tables).Single();

        // Then 3 episodes from 6 rows: 22 Mar–23 Apr 2022 (32 days), 27–30 Nov 2023 (3 days), 31 Dec 2023 (2 days);
        // all lengths known, every row's cause class tallied, the latest source year of the rows (2024)
        Assert.That(e.Rate.Events, Is.EqualTo(3));
        Assert.That(e.Rows, Is.EqualTo(6));
        Assert.That(e.KnownLengths, Is.EqualTo(3));
        Assert.That(e.UnknownLengths, Is.Zero);
        Assert.That(e.MeanDays, Is.EqualTo((32 + 3 + 2) / 3.0).Within(1e-12));
        Assert.That(e.CauseClasses, Is.EqualTo(new[] { ("technical", 1), ("weather", 5) }));
        Assert.That(e.SourceYear, Is.EqualTo(2024));
        Assert.That(HazardsCsv.Write([e]).Split('\n')[1], Does.Contain("\"3 episodes (6 rows, overlapping ones merged) over 8 quarters;"));
    }

    [Test]
    public void Estimate_Episodes_OfRowsWithoutLengths_HaveUnknownLength()
    {
        // Given two rows on one day without lengths, and one a day later
        File.WriteAllText(Path.Combine(Dir, "points.csv"), """
            start,end,days,cause_class,publisher,title,source_year,url,note
            2025-11-29,,,attack,R,A,2025,https://example.org/a,
            2025-11-29,,,attack,R,B,2025,https://example.org/b,
            2025-11-30,,,attack,R,C,2025,https://example.org/c,

            """);
        var spec = WriteSpec("""
            estimates:
              - {id: attacks, events: points.csv, windows: [{from: 2025, to: 2025}], per: year, count: episodes, parameter: p, meaning: m}
            """);

        // When estimated
        var (s, tables) = CalibrationLoader.LoadFile(spec);
        var e = HazardEstimator.Estimate(s, tables).Single();

        // Then the same-day rows are one episode of unknown length and the next day another
        Assert.That(e.Rate.Events, Is.EqualTo(2));
        Assert.That(e.KnownLengths, Is.Zero);
        Assert.That(e.UnknownLengths, Is.EqualTo(2));
        Assert.That(e.MeanDays, Is.Null);
    }
}
