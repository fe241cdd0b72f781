using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Sensitivity;

/// <summary>Morris measures with a bootstrap percentile interval on each μ*, per axis in the design's axis order.</summary>
/// <param name="Indices">μ, μ* and σ from all trajectories.</param>
/// <param name="MuStarIntervals">The interval of each μ*_i, from trajectories resampled with replacement.</param>
/// <param name="Bootstrap">How the intervals were drawn.</param>
/// <param name="Noise">The share of the variance of the outputs over all points that replication noise accounts for,
/// when the noise of each output was given and the outputs vary.</param>
public sealed record MorrisAnalysis(MorrisIndices Indices, ValueArray<ConfidenceInterval> MuStarIntervals, BootstrapOptions Bootstrap,
    NoiseShare? Noise = null);
