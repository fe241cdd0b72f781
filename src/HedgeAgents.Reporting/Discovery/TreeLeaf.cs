using System.Collections.Immutable;

namespace HedgeAgents.Reporting.Discovery;

/// <summary>A leaf of the tree: the conjunction of splits that leads to it and how the points in it fall.</summary>
/// <param name="Conditions">The splits on the path, one interval per parameter, e.g. <c>shocks.scale &gt; 0.61</c>.</param>
/// <param name="Points">The points in the leaf.</param>
/// <param name="Positives">Those of them where the outcome holds.</param>
public sealed record TreeLeaf(ImmutableArray<string> Conditions, int Points, int Positives);
