namespace HedgeAgents.Core.Sensitivity;

/// <summary>How much of the variance of the per-point outputs replication noise accounts for: the mean over points of
/// the variance of a point's output across seeds (for a mean of R replications, the replications' sample variance / R),
/// divided by the variance of the outputs over the design. With common random numbers (see
/// <see cref="Sweeps.IDesignPoints.SeedGroup"/>) the seed acts as one more input, held fixed within a seed group, and
/// this is its total index: the share of the output variance that involves the noise, interactions included.</summary>
/// <param name="Share">The estimate from all points.</param>
/// <param name="Interval">Its bootstrap percentile interval, from the same resamples as the indices'.</param>
public sealed record NoiseShare(double Share, ConfidenceInterval Interval);
