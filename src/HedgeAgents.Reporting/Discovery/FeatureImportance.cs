namespace HedgeAgents.Reporting.Discovery;

/// <summary>A parameter's permutation feature importance: how much the tree's AUC drops when its values are shuffled.</summary>
/// <param name="Parameter">The swept parameter.</param>
/// <param name="Importance">The mean drop in AUC over the permutations (0: the tree does not use it).</param>
/// <param name="Sd">The standard deviation of the drop over the permutations.</param>
public sealed record FeatureImportance(string Parameter, double Importance, double Sd);
