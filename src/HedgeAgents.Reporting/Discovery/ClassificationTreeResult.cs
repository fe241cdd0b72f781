using System.Collections.Immutable;

namespace HedgeAgents.Reporting.Discovery;

/// <summary>The classification tree fitted to the outcome, its leaves and the parameters' importance.</summary>
/// <param name="Importance">One entry per parameter, most important first (ties: column order).</param>
/// <param name="Leaves">The leaves, in ML.NET's leaf order.</param>
/// <param name="Auc">The tree's AUC on the points (in sample).</param>
public sealed record ClassificationTreeResult(ImmutableArray<FeatureImportance> Importance, ImmutableArray<TreeLeaf> Leaves, double Auc);
