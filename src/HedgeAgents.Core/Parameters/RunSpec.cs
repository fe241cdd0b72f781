using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Parameters;

/// <summary>What a run needs besides its seed: starting parameters, length, burn-in and the scenario's events.</summary>
/// <param name="Initial">Parameters in force from round 0.</param>
/// <param name="Rounds">Number of rounds.</param>
/// <param name="BurnIn">Rounds left out of run summaries.</param>
/// <param name="Events">Parameter changes by round, in ascending order of <see cref="ScheduledParameters.At"/>.</param>
public sealed record RunSpec(ModelParameters Initial, int Rounds, int BurnIn, ValueArray<ScheduledParameters> Events);
