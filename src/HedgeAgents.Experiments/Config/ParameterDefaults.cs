using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Experiments.Config;

/// <summary>Default records for the entries an experiment lists; the Core records hold the defaults of fixed sections.</summary>
internal static class ParameterDefaults
{
    /// <summary>Parameters with no actors and every section at its default.</summary>
    public static ModelParameters Empty { get; } = new(
        [], [], [], [],
        StrategyParameters.Default,
        new InsuranceParameters(),
        ShockParameters.Default,
        [], []);

    /// <summary>An actor with every default: power 1, openness 0.5, risk aversion 1, capacity 0.5, best response.</summary>
    public static ActorSpec Actor(string id, ActorKind kind) =>
        new(id, id, kind, Power: 1.0, Openness: 0.5, RiskAversion: 1.0, RegulatoryCapacity: 0.5, Landlocked: false,
            Influence: 0.0, LearningSpec.Default);

    /// <summary>A relation with returns 1 and no volatility.</summary>
    public static RelationSpec Relation(string from, string to) => new(from, to, 1.0, 0.0);

    /// <summary>A rivalry of intensity 0.5.</summary>
    public static RivalrySpec Rivalry(string a, string b) => new(a, b, 0.5);

    /// <summary>A threat whose four factors are 1 (a neutral multiplier).</summary>
    public static ThreatSpec Threat(string from, string to) => new(from, to, 1.0, 1.0, 1.0, 1.0);

    /// <summary>A route with no controller, zero capacity (capacity is required in files), hazard 1, open.</summary>
    public static RouteSpec Route(string id, string actor) => new(id, id, actor, "", null, 0.0);

    /// <summary>A demand of zero volume.</summary>
    public static DemandSpec Demand(string actor, string partner) => new(actor, partner, 0.0);

    /// <summary>A coalition with no members (members are required in files) and cohesion 1.</summary>
    public static CoalitionSpec Coalition(string id) => new(id, [], 1.0);

    /// <summary>An empty hazard-multiplier map.</summary>
    public static ImmutableSortedDictionary<string, double> NoMultipliers { get; } =
        ImmutableSortedDictionary<string, double>.Empty.WithComparers(StringComparer.Ordinal);
}
