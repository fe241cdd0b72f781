using System.Collections.Immutable;

namespace HedgeAgents.Reporting.Discovery;

/// <summary>The table scenario discovery works on: one row per design point of one actor.</summary>
/// <param name="Actor">The actor whose metric is read.</param>
/// <param name="Where">The outcome of interest.</param>
/// <param name="Parameters">The numeric swept parameters (the dimensions).</param>
/// <param name="Excluded">Swept text axes left out.</param>
/// <param name="Points">Each row's point id.</param>
/// <param name="X">Each row's parameter values, in the order of <paramref name="Parameters"/>.</param>
/// <param name="Y">Each row's mean of the metric over its replications.</param>
/// <param name="Skipped">Points left out because their mean is missing.</param>
/// <param name="MinReplications">The fewest replications behind a mean.</param>
/// <param name="MaxReplications">The most replications behind a mean.</param>
public sealed record DiscoveryData(string Actor, OutcomeCondition Where, ImmutableArray<string> Parameters, ImmutableArray<string> Excluded,
    ImmutableArray<int> Points, ImmutableArray<ImmutableArray<double>> X, ImmutableArray<double> Y, int Skipped, int MinReplications, int MaxReplications)
{
    /// <summary>Whether the outcome holds at each row.</summary>
    public ImmutableArray<bool> Positive { get; } = [.. Y.Select(v => Where.Holds(v))];

    /// <summary>The number of rows where the outcome holds.</summary>
    public int Positives => Positive.Count(p => p);
}
