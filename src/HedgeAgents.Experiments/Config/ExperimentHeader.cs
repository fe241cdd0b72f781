namespace HedgeAgents.Experiments.Config;

/// <summary>The top-level scalars of an experiment while it is being read; <see cref="Start"/> null means the period's default.</summary>
internal sealed record ExperimentHeader(
    string Name,
    string Description,
    int Rounds,
    int BurnIn,
    int Replications,
    ulong Seed,
    string? Start,
    PeriodKind Period)
{
    /// <summary>The documented defaults (the name is required, so it starts empty).</summary>
    public static ExperimentHeader Default { get; } = new("", "", 100, 0, 10, 1, null, PeriodKind.Round);

    /// <summary>The start in force: the given one or the period's default.</summary>
    public string EffectiveStart => Start ?? PeriodCalendar.DefaultStart(Period);
}
