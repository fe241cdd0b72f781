using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Calibration;

/// <summary>One entry of <c>estimates:</c>: which events of which file to count, over which windows, per which round.</summary>
/// <param name="Id">The unique id; the <c>estimate</c> key of hazards.csv.</param>
/// <param name="Events">The event file's name, in the spec's folder.</param>
/// <param name="Where">The conditions a row must meet to be counted (all of them); empty keeps every row.</param>
/// <param name="Windows">Disjoint calendar-year windows, each estimated on its own.</param>
/// <param name="Per">The round length the rate is per.</param>
/// <param name="Count"><see cref="EventsCount"/> (each row one event), <see cref="EpisodesCount"/> (rows whose dates
/// overlap are one event) or a numeric column whose values are summed.</param>
/// <param name="Parameter">The model parameter the estimate informs (text).</param>
/// <param name="Meaning">One line: what the estimate stands for and what it leaves out.</param>
public sealed record EstimateSpec(string Id, string Events, ValueArray<ColumnFilter> Where, ValueArray<YearWindow> Windows,
    RoundLength Per, string Count, string Parameter, string Meaning)
{
    /// <summary>The <c>count:</c> word that counts each row as one event.</summary>
    public const string EventsCount = "events";

    /// <summary>The <c>count:</c> word that merges kept rows whose spans overlap or touch into one event: an event file
    /// with a row per asset (three buoys damaged by one storm) lists one episode several times.</summary>
    public const string EpisodesCount = "episodes";

    /// <summary>Whether each row is one event.</summary>
    public bool CountsRows => Count == EventsCount;

    /// <summary>Whether overlapping rows are merged into one event.</summary>
    public bool CountsEpisodes => Count == EpisodesCount;

    /// <summary>Whether a numeric column is summed (neither rows nor episodes are counted).</summary>
    public bool SumsColumn => !CountsRows && !CountsEpisodes;

    /// <summary>Whether a row passes every condition of <see cref="Where"/>.</summary>
    public bool Admits(Func<string, string> cell) => Where.All(f => f.Admits(cell(f.Column)));
}
