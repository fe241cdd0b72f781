namespace HedgeAgents.Core.Shocks;

/// <summary>One shock that fired: its kind, the actor hit, where it came from and the route (−1 if none).</summary>
public readonly record struct FiredShock(ShockKind Kind, int Actor, int Source, int Route);
