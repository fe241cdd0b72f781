using HedgeAgents.Core.Sensitivity;

namespace HedgeAgents.Reporting.Discovery;

/// <summary>How <c>hedge discover</c> chooses and explains its box.</summary>
/// <param name="Prim">PRIM's peeling α, pasting α and minimum mass.</param>
/// <param name="MinDensity">When set, the chosen box is the one of greatest coverage with at least this density;
/// when null, the densest box whose coverage is at least <paramref name="MinCoverage"/>.</param>
/// <param name="MinCoverage">The coverage the default choice keeps (0.8).</param>
/// <param name="Seed">The ML.NET context's seed (permutations of the feature importance).</param>
/// <param name="Leaves">The classification tree's maximum number of leaves.</param>
/// <param name="Permutations">How many times each parameter is permuted for its importance.</param>
public sealed record DiscoverySettings(PrimOptions Prim, double? MinDensity = null, double MinCoverage = 0.8, int Seed = 2012,
    int Leaves = 8, int Permutations = 20);
