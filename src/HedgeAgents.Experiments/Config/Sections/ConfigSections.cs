using System.Collections.Immutable;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary>The sections of an experiment file, in config order: the one list the reader, the parameter paths,
/// <c>describe --explain</c>, <c>diff</c>, the JSON Schema and the reference page iterate.</summary>
internal static class ConfigSections
{
    /// <summary><c>actors</c>.</summary>
    public static ActorsSection Actors { get; } = new();

    /// <summary><c>relations</c>.</summary>
    public static RelationsSection Relations { get; } = new();

    /// <summary><c>rivalries</c>.</summary>
    public static RivalriesSection Rivalries { get; } = new();

    /// <summary><c>threats</c>.</summary>
    public static ThreatsSection Threats { get; } = new();

    /// <summary><c>routes</c>.</summary>
    public static RoutesSection Routes { get; } = new();

    /// <summary><c>demand</c>.</summary>
    public static DemandSection Demand { get; } = new();

    /// <summary><c>coalitions</c>.</summary>
    public static CoalitionsSection Coalitions { get; } = new();

    /// <summary><c>series</c>.</summary>
    public static SeriesSection Series { get; } = new();

    /// <summary>Every section, in the order files list them and outputs show them.</summary>
    public static ImmutableArray<ConfigSection> All { get; } =
    [
        Actors, Relations, Rivalries, Threats,
        new FixedSection("strategies", "Nested maps (`strategies: {hedging: {split: {procedural: 0.3}}}`). " +
                                       "The three `split` shares must sum to 1 within 1e-6.",
            _ => "the four archetypes' parameters (nested maps, e.g. hedging: {split: {procedural: 0.3}})"),
        new FixedSection("insurance", "Dynamics of the three stocks: X ← (1−δ)X + ρ·h·s·k·(1−X).",
            _ => "dynamics of the three insurance stocks: X ← (1−δ)X + ρ·h·s·k·(1−X)"),
        new FixedSection("shocks", $"Each kind ({string.Join(", ", Core.Shocks.ShockCatalog.BuiltIn.Names.Select(k => $"`{k}`"))}) also takes `by`, a map from " +
                                   "actor id to a hazard multiplier >= 0 (path `shocks.<kind>.by.<ID>`).",
            shocks => $"the {ExperimentSchema.Count(shocks.Kinds.Length)} shock kinds ({string.Join(", ", shocks.Names)}) and their common scale",
            takesShockKinds: true),
        Routes, Demand, Coalitions,
        new EventsSection(),
        Series,
    ];

    /// <summary>The keys of <see cref="All"/>.</summary>
    public static ImmutableArray<string> Keys { get; } = [.. All.Select(s => s.Key)];

    /// <summary>The sections a parameter path can start with: every section but the events and the series.</summary>
    public static ImmutableArray<ConfigSection> Model { get; } = [.. All.Where(s => s is not (EventsSection or SeriesSection))];
}
