using System.Collections.Immutable;

namespace HedgeAgents.Experiments.Config.Series;

/// <summary>The keys of a <c>series:</c> entry, declared once: the reader takes their defaults from here and the
/// schema and the reference page list them from here.</summary>
public static class SeriesKeys
{
    private static readonly ImmutableArray<string> Rules = [.. Enum.GetNames<SeriesRule>().Select(n => n.ToLowerInvariant())];

    /// <summary><c>set</c>: the parameter path.</summary>
    public static SeriesKey Set { get; } = new("set", true, null, "text", [],
        "the parameter path set from the data, e.g. `relations.KAZ.CHN.returns`; no event may also set it; `--set` or a sweep on it replaces the series (its value holds from round 0)");

    /// <summary><c>file</c>: the data file.</summary>
    public static SeriesKey File { get; } = new("file", true, null, "text", [],
        "the CSV file, relative to the experiment file (e.g. `../data/trade-by-partner.csv`); its SHA-256 goes into the manifest");

    /// <summary><c>column</c>: the value column.</summary>
    public static SeriesKey Column { get; } = new("column", false, "value", "word", [], "the column holding the numbers");

    /// <summary><c>where</c>: the row filter.</summary>
    public static SeriesKey Where { get; } = new("where", false, null, "map", [],
        "column → value; only rows where every listed column equals its value are read; one row per time must remain");

    /// <summary><c>time</c>: the time column.</summary>
    public static SeriesKey Time { get; } = new("time", false, "year", "word", [],
        "the column holding each row's time: a four-digit year (it holds from the year's first period) or a label of the run's period (`2022Q1`)");

    /// <summary><c>unit</c>: the expected unit.</summary>
    public static SeriesKey Unit { get; } = new("unit", false, null, "text", [],
        "required when the file has a `unit` column: every row read must show this unit");

    /// <summary><c>scale</c>: a multiplier.</summary>
    public static SeriesKey Scale { get; } = new("scale", false, "1", "number", [],
        "each value is multiplied by it before it is set (a unit conversion; say why in a comment)");

    /// <summary><c>between</c>: the rule between observations.</summary>
    public static SeriesKey Between { get; } = new("between", false, "hold", "word", ["hold", "linear"],
        "between two observations: `hold` the earlier value, or `linear` interpolation period by period");

    /// <summary><c>before</c>: the rule before the first observation.</summary>
    public static SeriesKey Before { get; } = new("before", false, "error", "word", ["error", "hold", "keep"],
        "periods before the first observation: `error` (the data must cover the run's start), `hold` the first value back, or `keep` the value the experiment's own section gives until the data start");

    /// <summary><c>after</c>: the rule after the last observation.</summary>
    public static SeriesKey After { get; } = new("after", false, "hold", "word", ["hold", "error"],
        "periods after the last observation (or after `until`): `hold` the last value, or `error` (the data must cover the run's end)");

    /// <summary><c>until</c>: the last time read.</summary>
    public static SeriesKey Until { get; } = new("until", false, null, "word", [],
        "a time (year or period label): later observations are ignored, e.g. `2021` to freeze an input before an out-of-sample check");

    /// <summary>Every key, in the order the reference page lists them.</summary>
    public static ImmutableArray<SeriesKey> All { get; } = [Set, File, Column, Where, Time, Unit, Scale, Between, Before, After, Until];

    /// <summary>The rule a word names, or null.</summary>
    public static SeriesRule? Rule(string word) =>
        Rules.Contains(word) ? Enum.Parse<SeriesRule>(word, ignoreCase: true) : null;

    /// <summary>A rule as written in files.</summary>
    public static string Word(SeriesRule rule) => rule.ToString().ToLowerInvariant();
}
