using System.Collections.Immutable;

namespace HedgeAgents.Core.Parameters;

/// <summary>Bandwagoning(t): share β on t, side payment from t, reputation cost of taking sides.</summary>
public sealed record BandwagoningParameters(double Share = 0.7, double SidePayment = 0.0, double Reputation = 0.02);

/// <summary>Balancing(t): residual weight on t and the reputation cost of taking sides.</summary>
public sealed record BalancingParameters(double Residual = 0.05, double Reputation = 0.02);

/// <summary>Equidistance: equal weights whose sum is the intensity of engagement.</summary>
public sealed record EquidistanceParameters(double Intensity = 1.0);

/// <summary>Hedging: capped mean–variance portfolio, insurance rate and its split over (I, P, N).</summary>
public sealed record HedgingParameters(double Cap, double Insurance, ImmutableArray<double> Split)
{
    /// <summary>Defaults of MODEL.md: cap 0.4, insurance 5% of gross returns, split ⅓ each.</summary>
    public static HedgingParameters Default { get; } = new(0.4, 0.05, [1.0 / 3, 1.0 / 3, 1.0 / 3]);

    /// <inheritdoc />
    public bool Equals(HedgingParameters? other) =>
        other is not null && Cap == other.Cap && Insurance == other.Insurance && Split.SequenceEqual(other.Split);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Cap, Insurance);
}

/// <summary>The parameters of the four archetypes.</summary>
public sealed record StrategyParameters(
    BandwagoningParameters Bandwagoning,
    BalancingParameters Balancing,
    EquidistanceParameters Equidistance,
    HedgingParameters Hedging)
{
    /// <summary>All defaults.</summary>
    public static StrategyParameters Default { get; } = new(new(), new(), new(), HedgingParameters.Default);
}
