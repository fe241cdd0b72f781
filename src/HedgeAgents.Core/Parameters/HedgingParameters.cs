using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Parameters;

/// <summary>Hedging: capped mean–variance portfolio, insurance rate and its split over (I, P, N).</summary>
public sealed record HedgingParameters(double Cap, double Insurance, ValueArray<double> Split)
{
    /// <summary>Defaults of MODEL.md: cap 0.4, insurance 5% of gross returns, split ⅓ each.</summary>
    public static HedgingParameters Default { get; } = new(0.4, 0.05, [1.0 / 3, 1.0 / 3, 1.0 / 3]);
}
