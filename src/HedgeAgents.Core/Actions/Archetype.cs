namespace HedgeAgents.Core.Actions;

/// <summary>The four strategy archetypes that reports aggregate to.</summary>
public enum Archetype
{
    /// <summary>Confront a target great power; tilt engagement toward its rivals.</summary>
    Balancing,
    /// <summary>Align with a target great power.</summary>
    Bandwagoning,
    /// <summary>Equal engagement with every counterparty, no insurance.</summary>
    Equidistance,
    /// <summary>A capped risk-adjusted portfolio plus insurance building.</summary>
    Hedging,
}
