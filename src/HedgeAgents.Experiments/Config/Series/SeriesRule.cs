namespace HedgeAgents.Experiments.Config.Series;

/// <summary>What a series gives a period that has no observation of its own: between two observations
/// (<see cref="Hold"/> or <see cref="Linear"/>), before the first (<see cref="Error"/>, <see cref="Hold"/> or
/// <see cref="Keep"/>) and after the last (<see cref="Hold"/> or <see cref="Error"/>). Written in files as the
/// lower-case name.</summary>
public enum SeriesRule
{
    /// <summary>The nearest earlier observation's value (before the first: the first value) is held.</summary>
    Hold,

    /// <summary>Straight-line interpolation between the two observations around the period.</summary>
    Linear,

    /// <summary>No value: the experiment is refused unless the observations cover every period of the run.</summary>
    Error,

    /// <summary>Before the first observation the experiment's own value (from its section) stays in force: the data
    /// take over from the first observed period (a route built in 2027, a capacity first reported in 2022).</summary>
    Keep,
}
