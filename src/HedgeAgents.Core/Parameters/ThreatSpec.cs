namespace HedgeAgents.Core.Parameters;

/// <summary>Walt's balance of threat as a multiplier on a power's coercion and route hazard toward an actor.</summary>
/// <remarks>The multiplier is the product of the four factors, each 1 by default, so one factor can be varied alone.</remarks>
public sealed record ThreatSpec(string From, string To, double AggregatePower, double Proximity, double Offensive, double Intent)
{
    /// <summary>The hazard multiplier: the product of the four factors.</summary>
    public double Multiplier => AggregatePower * Proximity * Offensive * Intent;
}
