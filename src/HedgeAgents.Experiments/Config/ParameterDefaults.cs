using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Experiments.Config;

/// <summary>The empty parameter set; the Core records hold the defaults of fixed sections, and each list section declares
/// its entries' defaults (<see cref="Sections.EntitySection{T}.Create"/>).</summary>
internal static class ParameterDefaults
{
    /// <summary>Parameters with no actors and every section at its default.</summary>
    public static ModelParameters Empty { get; } = new(
        [], [], [], [],
        StrategyParameters.Default,
        new InsuranceParameters(),
        ShockParameters.Default,
        [], []);

    /// <summary>An empty hazard-multiplier map.</summary>
    public static ImmutableSortedDictionary<string, double> NoMultipliers { get; } =
        ImmutableSortedDictionary<string, double>.Empty.WithComparers(StringComparer.Ordinal);
}
