using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Sensitivity;

/// <summary>Morris screening measures per axis (in the design's axis order), from the elementary effects of r
/// trajectories; effects are per unit of the axis's unit-space coordinate (see <see cref="MorrisEstimator"/>).</summary>
/// <param name="Mu">μ_i: the mean elementary effect (Morris 1991); effects of opposite sign cancel in it.</param>
/// <param name="MuStar">μ*_i: the mean absolute elementary effect (Campolongo et al. 2007), the ranking measure.</param>
/// <param name="Sigma">σ_i: the standard deviation of the effects (n − 1 denominator): non-linearity or interactions.</param>
/// <param name="Trajectories">r: the number of effects behind each measure.</param>
public sealed record MorrisIndices(ValueArray<double> Mu, ValueArray<double> MuStar, ValueArray<double> Sigma, int Trajectories);
