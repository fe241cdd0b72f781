using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Experiments.Config;

/// <summary>Value equality of parameter sets.</summary>
/// <remarks>The Core records hold <see cref="ImmutableArray{T}"/> and immutable dictionaries, whose Equals compares
/// references, so two equal parameter sets built separately are not <c>==</c>. This compares contents.</remarks>
public static class ParameterEquality
{
    /// <summary>Whether two parameter sets hold the same values.</summary>
    public static bool Equal(ModelParameters? a, ModelParameters? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        return a.Actors.SequenceEqual(b.Actors)
               && a.Relations.SequenceEqual(b.Relations)
               && a.Rivalries.SequenceEqual(b.Rivalries)
               && a.Threats.SequenceEqual(b.Threats)
               && a.Strategies.Equals(b.Strategies)
               && a.Insurance.Equals(b.Insurance)
               && Equal(a.Shocks, b.Shocks)
               && a.Routes.SequenceEqual(b.Routes)
               && a.Demand.SequenceEqual(b.Demand)
               && a.Coalitions.Length == b.Coalitions.Length
               && a.Coalitions.Zip(b.Coalitions).All(x => x.First.Id == x.Second.Id && x.First.Cohesion.Equals(x.Second.Cohesion)
                                                          && x.First.Members.SequenceEqual(x.Second.Members));
    }

    /// <summary>A hash consistent with <see cref="Equal(ModelParameters?, ModelParameters?)"/>.</summary>
    public static int Hash(ModelParameters parameters) =>
        HashCode.Combine(parameters.Actors.Length, parameters.Relations.Length, parameters.Strategies, parameters.Insurance);

    private static bool Equal(ShockParameters a, ShockParameters b) =>
        a.Scale == b.Scale
        && a.Sanctions.Hazard == b.Sanctions.Hazard && a.Sanctions.Severity == b.Sanctions.Severity && Equal(a.Sanctions.By, b.Sanctions.By)
        && a.Sanctions.Imposed.SequenceEqual(b.Sanctions.Imposed) && a.Sanctions.ImposedBy.SequenceEqual(b.Sanctions.ImposedBy)
        && a.Disruption with { By = b.Disruption.By } == b.Disruption && Equal(a.Disruption.By, b.Disruption.By)
        && a.Coercion with { By = b.Coercion.By } == b.Coercion && Equal(a.Coercion.By, b.Coercion.By)
        && a.Abandonment with { By = b.Abandonment.By } == b.Abandonment && Equal(a.Abandonment.By, b.Abandonment.By)
        && ReferenceEquals(a.Catalog, b.Catalog)
        && a.Declared.Count == b.Declared.Count && a.Declared.All(kv => b.Declared.TryGetValue(kv.Key, out var v) && v.Equals(kv.Value));

    private static bool Equal(ImmutableSortedDictionary<string, double> a, ImmutableSortedDictionary<string, double> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v.Equals(kv.Value));
}
