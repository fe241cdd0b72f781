using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Sensitivity;

/// <summary>First-order and total Sobol' indices per axis (in the design's axis order), and the output variance V
/// they are shares of.</summary>
/// <param name="FirstOrder">S1_i: the share of V explained by axis i alone (Saltelli et al. 2010 estimator).</param>
/// <param name="Total">ST_i: the share of V that involves axis i, interactions included (Jansen 1999 estimator).</param>
/// <param name="Variance">V: the variance of the output over matrices A and B.</param>
public sealed record SobolIndices(ValueArray<double> FirstOrder, ValueArray<double> Total, double Variance);
