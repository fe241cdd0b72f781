using MathNet.Numerics.Distributions;

namespace HedgeAgents.Experiments.Calibration;

/// <summary>A Poisson rate per round estimated from <see cref="Events"/> events over <see cref="Rounds"/> rounds of
/// exposure, with the exact (Garwood 1936) 95% interval, and the per-round probability of at least one event.</summary>
/// <remarks>Garwood's interval inverts the Poisson tail through the chi-squared quantiles
/// [χ²(0.025; 2n)/(2T), χ²(0.975; 2n+2)/(2T)], lower bound 0 when n = 0: it covers at least 95% for every rate,
/// which matters with the handful of events a decade of record holds.</remarks>
public readonly record struct RateEstimate
{
    private const double Tail = 0.025;

    private RateEstimate(long events, long rounds, double rate, double lower, double upper)
    {
        Events = events;
        Rounds = rounds;
        Rate = rate;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The number of events counted.</summary>
    public long Events { get; }

    /// <summary>The exposure in rounds.</summary>
    public long Rounds { get; }

    /// <summary>λ̂ = n/T, events per round.</summary>
    public double Rate { get; }

    /// <summary>The lower end of the 95% interval of the rate (0 when no event was counted).</summary>
    public double Lower { get; }

    /// <summary>The upper end of the 95% interval of the rate.</summary>
    public double Upper { get; }

    /// <summary>The probability of at least one event in a round, 1 − e^(−λ̂).</summary>
    public double Probability => ProbabilityOf(Rate);

    /// <summary>The per-round probability at the lower end of the interval.</summary>
    public double ProbabilityLower => ProbabilityOf(Lower);

    /// <summary>The per-round probability at the upper end of the interval.</summary>
    public double ProbabilityUpper => ProbabilityOf(Upper);

    /// <summary>The estimate from <paramref name="events"/> (n ≥ 0) over <paramref name="rounds"/> (T ≥ 1) rounds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is negative or T is not positive.</exception>
    public static RateEstimate Of(long events, long rounds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rounds);
        var twoT = 2.0 * rounds;
        var lower = events == 0 ? 0.0 : ChiSquared.InvCDF(2.0 * events, Tail) / twoT;
        var upper = ChiSquared.InvCDF(2.0 * events + 2, 1 - Tail) / twoT;
        return new RateEstimate(events, rounds, (double)events / rounds, lower, upper);
    }

    // -expm1 would be a shade more exact for tiny rates, but the figures are printed to 6 digits.
    private static double ProbabilityOf(double rate) => 1 - Math.Exp(-rate);
}
