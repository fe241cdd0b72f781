using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Experiments.Config;

/// <summary>The <c>by</c> maps of the shock kinds (source actor → hazard multiplier), found by kind name in the
/// parameters' own catalog.</summary>
internal static class ShockBy
{
    /// <summary>The map of one kind.</summary>
    public static ImmutableSortedDictionary<string, double> Get(ShockParameters s, string kind) => Kind(s, kind).Of(s).By;

    /// <summary>A copy with the map of one kind replaced.</summary>
    public static ShockParameters Set(ShockParameters s, string kind, ImmutableSortedDictionary<string, double> by)
    {
        var k = Kind(s, kind);
        return k.With(s, ShockSettings.From(k.Of(s)) with { By = by });
    }

    private static ShockKind Kind(ShockParameters s, string kind) =>
        s.Catalog.Find(kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a shock kind");
}
