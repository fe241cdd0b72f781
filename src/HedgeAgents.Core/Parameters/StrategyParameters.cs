namespace HedgeAgents.Core.Parameters;

/// <summary>The parameters of the four archetypes.</summary>
public sealed record StrategyParameters(
    BandwagoningParameters Bandwagoning,
    BalancingParameters Balancing,
    EquidistanceParameters Equidistance,
    HedgingParameters Hedging)
{
    /// <summary>All defaults.</summary>
    public static StrategyParameters Default { get; } = new(new(), new(), new(), HedgingParameters.Default);
}
