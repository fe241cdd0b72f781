using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Config;

/// <summary>An experiment as read from YAML: unvalidated settings, parameters and events.</summary>
internal sealed record ExperimentDraft(ExperimentHeader Header, Core.Parameters.ModelParameters Parameters, ValueArray<EventDraft> Events,
    Sweeps.SweepSpec? Sweep = null, ValueArray<Plots.PlotSpec> Plots = default)
{
    /// <summary>The <c>series:</c> entries, unread data files and all.</summary>
    public ValueArray<Series.SeriesDraft> Series { get; init; } = [];
}
