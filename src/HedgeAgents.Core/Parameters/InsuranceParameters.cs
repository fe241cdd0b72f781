namespace HedgeAgents.Core.Parameters;

/// <summary>Dynamics of the three insurance stocks: X ← (1−δ)X + ρ·h·s·k·(1−X).</summary>
/// <param name="Depreciation">δ, the share of a stock lost each round.</param>
/// <param name="Efficiency">k, how much stock one unit of insurance rate buys at full capacity.</param>
/// <param name="Institutionalization">Initial I.</param>
/// <param name="Procedural">Initial P.</param>
/// <param name="Redundancy">Initial N.</param>
public sealed record InsuranceParameters(
    double Depreciation = 0.05,
    double Efficiency = 3.0,
    double Institutionalization = 0.0,
    double Procedural = 0.0,
    double Redundancy = 0.0);
