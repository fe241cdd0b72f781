namespace HedgeAgents.Experiments.Sweeps;

/// <summary>How a sweep ended.</summary>
public enum SweepOutcome
{
    /// <summary>All runs done and the final files written.</summary>
    Completed,

    /// <summary>Resumed a sweep whose final files were already complete: nothing to do.</summary>
    AlreadyComplete,

    /// <summary>Stopped on request; committed chunks are kept for <c>--resume</c>.</summary>
    Cancelled,
}
