namespace HedgeAgents.Core.Parameters;

/// <summary>Flow demand of an actor toward a partner over its routes (same unit as route capacity).</summary>
public sealed record DemandSpec(string Actor, string Partner, double Volume);
