namespace HedgeAgents.Core.Parameters;

/// <summary>Equidistance: equal weights whose sum is the intensity of engagement.</summary>
public sealed record EquidistanceParameters(double Intensity = 1.0);
