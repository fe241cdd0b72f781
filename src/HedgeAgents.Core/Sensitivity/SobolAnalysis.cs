using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Sensitivity;

/// <summary>Sobol' indices with bootstrap percentile intervals, per axis in the design's axis order.</summary>
/// <param name="Indices">The estimates from all base samples.</param>
/// <param name="FirstOrderIntervals">The interval of each S1_i.</param>
/// <param name="TotalIntervals">The interval of each ST_i.</param>
/// <param name="Bootstrap">How the intervals were drawn.</param>
/// <param name="Noise">The share of V that replication noise accounts for, when the noise of each output was given.</param>
public sealed record SobolAnalysis(
    SobolIndices Indices,
    ValueArray<ConfidenceInterval> FirstOrderIntervals,
    ValueArray<ConfidenceInterval> TotalIntervals,
    BootstrapOptions Bootstrap,
    NoiseShare? Noise = null);
