using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Parameters;

/// <summary>Everything the model needs for one stretch of a run: the resolved, validated configuration.</summary>
public sealed record ModelParameters(
    ValueArray<ActorSpec> Actors,
    ValueArray<RelationSpec> Relations,
    ValueArray<RivalrySpec> Rivalries,
    ValueArray<ThreatSpec> Threats,
    StrategyParameters Strategies,
    InsuranceParameters Insurance,
    ShockParameters Shocks,
    ValueArray<RouteSpec> Routes,
    ValueArray<DemandSpec> Demand)
{
    /// <summary>Coalitions of middle powers that pool bargaining power against coercion (none by default).</summary>
    /// <remarks>A property rather than a constructor parameter so that worlds without coalitions are built as before.</remarks>
    public ValueArray<CoalitionSpec> Coalitions { get; init; } = [];

    /// <summary>The actor with this id, or null.</summary>
    public ActorSpec? Actor(string id) => Actors.FirstOrDefault(a => a.Id == id);
}
