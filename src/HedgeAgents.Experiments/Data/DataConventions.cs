using System.Collections.Immutable;

namespace HedgeAgents.Experiments.Data;

/// <summary>The vocabulary of data/ files (column names, allowed codes, the catalog's header), declared once: the
/// reader, the checker and its messages take them from here.</summary>
public static class DataConventions
{
    /// <summary>The calendar year an observation refers to.</summary>
    public const string Year = "year";

    /// <summary>What an observation measures (snake_case; one unit per measure).</summary>
    public const string Measure = "measure";

    /// <summary>Which source family an observation is from.</summary>
    public const string Basis = "basis";

    /// <summary>An observation's number.</summary>
    public const string Value = "value";

    /// <summary>An observation's unit.</summary>
    public const string Unit = "unit";

    /// <summary>The key column of trade-by-partner files, checked by the share rule.</summary>
    public const string Partner = "partner";

    /// <summary>The partner code of the rest of the world: a share group with it is a complete profile.</summary>
    public const string RestOfWorld = "ROW";

    /// <summary>The partner code of the total, which is not a part of any profile.</summary>
    public const string World = "WORLD";

    /// <summary>The suffix of measures that are shares of a whole.</summary>
    public const string ShareSuffix = "_share";

    /// <summary>The unit of fractions in [0, 1].</summary>
    public const string ShareUnit = "share";

    /// <summary>How far a complete share profile may sum from 1 (rounding in the sources).</summary>
    public const double ShareTolerance = 0.002;

    /// <summary>First day of an event (event files with a duration).</summary>
    public const string Start = "start";

    /// <summary>Last day of an event; empty if unknown.</summary>
    public const string End = "end";

    /// <summary>Length of an event in days; empty if unknown.</summary>
    public const string Days = "days";

    /// <summary>The day of a one-day event (designations and other dated acts).</summary>
    public const string Date = "date";

    /// <summary>The class of an event's cause.</summary>
    public const string CauseClass = "cause_class";

    /// <summary>Who published a figure.</summary>
    public const string Publisher = "publisher";

    /// <summary>The title of the page, report or article.</summary>
    public const string Title = "title";

    /// <summary>The year the source was published.</summary>
    public const string SourceYear = "source_year";

    /// <summary>Where the source is public; empty only if it is not.</summary>
    public const string Url = "url";

    /// <summary>The measure and unit a catalog gives an event file.</summary>
    public const string EventMeasure = "event";

    /// <summary>The unit of an event file's catalog entry.</summary>
    public const string EventUnit = "count";

    /// <summary>The file the catalog is in, inside the data folder.</summary>
    public const string CatalogFile = "README.md";

    /// <summary>The columns every row must fill: the source of its figure.</summary>
    public static ImmutableArray<string> SourceColumns { get; } = [Publisher, Title, SourceYear];

    /// <summary>The columns that make a file an observation file.</summary>
    public static ImmutableArray<string> ObservationColumns { get; } = [Year, Measure, Value, Unit];

    /// <summary>The columns of an observation file that are neither keys nor the observation's source.</summary>
    public static ImmutableArray<string> ObservationNonKeyColumns { get; } =
        [Year, Measure, Basis, Value, Unit, Publisher, Title, SourceYear, Url, "note"];

    /// <summary>The source families of <see cref="Basis"/>.</summary>
    public static ImmutableArray<string> Bases { get; } = ["national", "mirror", "operator", "official", "press", "derived"];

    /// <summary>The classes of <see cref="CauseClass"/>.</summary>
    public static ImmutableArray<string> CauseClasses { get; } = ["weather", "technical", "regulatory", "attack", "political", "other"];

    /// <summary>The catalog's table header: a markdown table with exactly these columns is machine-read.</summary>
    public static ImmutableArray<string> CatalogColumns { get; } = ["file", "measure", "unit", "coverage", "gaps"];
}
