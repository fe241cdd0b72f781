using HedgeAgents.Experiments.Calibration;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Tests.Calibration;

/// <summary>A bad calibration file or event file is reported at file:line:column with the key and what would be valid.</summary>
public class CalibrationLoaderErrorTests : CalibrationFixture
{
    private const string Entry = """
        estimates:
          - id: natural
            events: cpc-outages.csv
            where: {cause_class: [weather]}
            windows: [{from: 2015, to: 2021}]
            per: quarter
            parameter: routes.cpc.hazard
            meaning: storms

        """;

    private IReadOnlyList<ConfigError> Errors(string spec)
    {
        var path = WriteSpec(spec);
        var e = Assert.Throws<ConfigException>(() => Calibrator.Run(path))!;
        return e.Errors;
    }

    private static string Lines(IEnumerable<ConfigError> errors) => string.Join("\n", errors);

    [Test]
    public void Load_UnknownKey_IsLocatedWithASuggestion()
    {
        // Given 'window' for 'windows' (so 'windows' is missing too)
        var errors = Errors(Entry.Replace("    windows:", "    window:", StringComparison.Ordinal));

        // Then the unknown key is named at its line with the near one, and the missing key at the entry
        Assert.That(Lines(errors), Does.Contain($"{SpecPath}:5:5: estimates[0].window: unknown key 'window'; did you mean 'windows'?"));
        Assert.That(Lines(errors), Does.Contain("estimates[0].windows: missing required key 'windows'"));
    }

    [Test]
    public void Load_UnknownTopKey_IsLocated()
    {
        var errors = Errors(Entry + "assumption: []\n");
        Assert.That(Lines(errors), Does.Contain($"{SpecPath}:9:1: assumption: unknown key 'assumption'; did you mean 'assumptions'?"));
    }

    [Test]
    public void Load_MissingEventFile_NamesTheFolderAndTheNearestFile()
    {
        var errors = Errors(Entry.Replace("cpc-outages.csv", "cpc-outage.csv", StringComparison.Ordinal));
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].ToString(), Is.EqualTo($"{SpecPath}:3:13: events: no event file 'cpc-outage.csv' in {Dir}; did you mean 'cpc-outages.csv'?"));
    }

    [Test]
    public void Load_UnknownWhereColumn_IsLocatedWithASuggestion()
    {
        var errors = Errors(Entry.Replace("{cause_class:", "{cause_clas:", StringComparison.Ordinal));
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].ToString(), Is.EqualTo($"{SpecPath}:4:13: where.cause_clas: cpc-outages.csv has no column 'cause_clas'; did you mean 'cause_class'?"));
    }

    [Test]
    public void Load_UnknownCountColumn_IsLocated()
    {
        var errors = Errors(Entry + "    count: entities\n");
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].ToString(), Does.StartWith($"{SpecPath}:9:12: count: cpc-outages.csv has no column 'entities'; count is 'events', 'episodes' or a numeric column"));
    }

    [Test]
    public void Load_FromAfterTo_IsAnError()
    {
        var errors = Errors(Entry.Replace("{from: 2015, to: 2021}", "{from: 2021, to: 2015}", StringComparison.Ordinal));
        Assert.That(Lines(errors), Does.Contain($"{SpecPath}:5:22: estimates[0].windows[0].from: from 2021 is after to 2015"));
    }

    [Test]
    public void Load_OverlappingWindows_IsAnError()
    {
        var errors = Errors(Entry.Replace("[{from: 2015, to: 2021}]", "[{from: 2015, to: 2021}, {from: 2021, to: 2025}]", StringComparison.Ordinal));
        Assert.That(Lines(errors), Does.Contain("estimates[0].windows[1]: window 2021–2025 overlaps window 2015–2021"));
    }

    [Test]
    public void Load_NotAYear_IsAnError()
    {
        var errors = Errors(Entry.Replace("to: 2021", "to: 21", StringComparison.Ordinal));
        Assert.That(Lines(errors), Does.Contain("estimates[0].windows[0].to: expected a 4-digit calendar year, got '21'"));
    }

    [Test]
    public void Load_UnknownPer_IsLocatedWithASuggestion()
    {
        var errors = Errors(Entry.Replace("per: quarter", "per: quartr", StringComparison.Ordinal));
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].ToString(), Is.EqualTo($"{SpecPath}:6:10: estimates[0].per: unknown round length 'quartr'; did you mean 'quarter'?"));
    }

    [Test]
    public void Load_DuplicateId_IsAnError()
    {
        var errors = Errors(Entry + Entry["estimates:\n".Length..]);
        Assert.That(Lines(errors), Does.Contain($"{SpecPath}:9:9: estimates[1].id: the id 'natural' is used by an earlier entry"));
    }

    [Test]
    public void Load_SeveralProblems_AreAllReportedInFileOrder()
    {
        // Given a bad round length and a bad window in one entry, and an entry without a meaning
        var errors = Errors(Entry.Replace("per: quarter", "per: week", StringComparison.Ordinal).Replace("to: 2021", "to: 2010", StringComparison.Ordinal) + """
              - id: second
                events: cpc-outages.csv
                windows: [{from: 2015, to: 2021}]
                per: year
                parameter: routes.cpc.hazard

            """);

        // Then all three are listed, line by line
        Assert.That(errors.Select(e => e.Line), Is.EqualTo(new[] { 5, 6, 9 }));
        Assert.That(errors[1].Message, Is.EqualTo("unknown round length 'week'; valid: quarter, year, month"));
        Assert.That(errors[2].Key, Is.EqualTo("estimates[1].meaning"));
    }

    [Test]
    public void Load_BadAssumption_IsLocated()
    {
        var errors = Errors(Entry + """
            assumptions:
              - parameter: shocks.coercion.hazard
                value: 0.5
                range: [0.02, 0.3]
                reason: no record
            """);
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].ToString(), Is.EqualTo($"{SpecPath}:11:12: assumptions[0].value: 0.5 lies outside its range [0.02, 0.3]"));
    }

    [Test]
    public void Load_BadCellInTheEventFile_IsLocatedAtItsLineAndColumnName()
    {
        // Given a date written day first and a length that is not a number
        File.AppendAllText(Path.Combine(Dir, "cpc-outages.csv"),
            "20-03-2024,,,CPC,storm,weather,Storm,Reuters,Article H,2024,https://example.org/h,\n" +
            "2024-05-01,,three,CPC,storm,weather,Storm,Reuters,Article I,2024,https://example.org/i,\n");
        var errors = Errors(Entry);

        // Then each is named by the event file, its line and the column
        var events = Path.Combine(Dir, "cpc-outages.csv");
        Assert.That(Lines(errors), Does.Contain($"{events}:9:1: start: '20-03-2024' is not a date; write YYYY-MM-DD"));
        Assert.That(Lines(errors), Does.Contain($"{events}:10:1: days: 'three' is not a length in days"));
    }

    [Test]
    public void Load_RowWithTooFewFields_IsLocated()
    {
        File.AppendAllText(Path.Combine(Dir, "cpc-outages.csv"), "2024-05-01,,1,CPC,storm\n");
        var errors = Errors(Entry);
        Assert.That(errors.Single().ToString(), Does.StartWith($"{Path.Combine(Dir, "cpc-outages.csv")}:9:1: row: 5 fields where the header has 12"));
    }

    [Test]
    public void Load_EventFileWithoutDateOrSourceYear_IsAnError()
    {
        File.WriteAllText(Path.Combine(Dir, "cpc-outages.csv"), "year,cause_class\n2015,weather\n");
        var errors = Errors(Entry);
        Assert.That(errors.Select(e => e.Message), Has.Some.StartsWith("cpc-outages.csv has no 'start' or 'date' column")
            .And.Some.StartsWith("cpc-outages.csv has no 'source_year' column"));
    }

    [Test]
    public void Load_EmptyFile_SaysWhatItNeeds()
    {
        var errors = Errors("");
        Assert.That(errors.Single().ToString(), Does.Contain("estimates: the file is empty; a calibration file needs 'estimates:'"));
    }

    [Test]
    public void Estimate_EventFileWithAHeaderOnly_IsAnError()
    {
        // Given an event file with no row: no source stands behind a count of zero
        File.WriteAllText(Path.Combine(Dir, "cpc-outages.csv"),
            "start,end,days,route,cause,cause_class,description,publisher,title,source_year,url,note\n");

        var errors = Errors(Entry);

        Assert.That(errors.Single().ToString(), Does.StartWith($"{Path.Combine(Dir, "cpc-outages.csv")}:1:1: rows: the file has no rows"));
    }
}
