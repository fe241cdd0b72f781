using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Experiments.Config;

/// <summary>The <c>by</c> maps of the four shock kinds (source actor → hazard multiplier), found by kind name.</summary>
internal static class ShockBy
{
    /// <summary>The map of one kind.</summary>
    public static ImmutableSortedDictionary<string, double> Get(ShockParameters s, string kind) => kind switch
    {
        "sanctions" => s.Sanctions.By,
        "disruption" => s.Disruption.By,
        "coercion" => s.Coercion.By,
        "abandonment" => s.Abandonment.By,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a shock kind"),
    };

    /// <summary>A copy with the map of one kind replaced.</summary>
    public static ShockParameters Set(ShockParameters s, string kind, ImmutableSortedDictionary<string, double> by) => kind switch
    {
        "sanctions" => s with { Sanctions = s.Sanctions with { By = by } },
        "disruption" => s with { Disruption = s.Disruption with { By = by } },
        "coercion" => s with { Coercion = s.Coercion with { By = by } },
        "abandonment" => s with { Abandonment = s.Abandonment with { By = by } },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a shock kind"),
    };
}
