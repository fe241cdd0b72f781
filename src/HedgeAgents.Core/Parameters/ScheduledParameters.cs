namespace HedgeAgents.Core.Parameters;

/// <summary>Parameters that take effect at a round (a scenario event), already resolved to a full parameter set.</summary>
public sealed record ScheduledParameters(int At, string Label, ModelParameters Parameters);
