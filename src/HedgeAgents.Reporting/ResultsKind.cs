namespace HedgeAgents.Reporting;

/// <summary>What a results folder holds according to its manifest.json: a run, a sweep or something else.</summary>
public enum ResultsKind
{
    /// <summary><c>hedge run</c>: rounds.csv and summary.csv.</summary>
    Run,

    /// <summary><c>hedge sweep</c>: runs.csv and points.csv.</summary>
    Sweep,

    /// <summary>Anything else (e.g. <c>hedge learn</c>): nothing to plot.</summary>
    Other,
}
