namespace HedgeAgents.Core.Parameters;

/// <summary>A directed relation from → to: gain from full engagement and its volatility.</summary>
public sealed record RelationSpec(string From, string To, double Returns, double Volatility);
