namespace HedgeAgents.Core.Parameters;

/// <summary>Rivalry intensity in [0, 1] between two great powers (symmetric).</summary>
public sealed record RivalrySpec(string A, string B, double Intensity);
