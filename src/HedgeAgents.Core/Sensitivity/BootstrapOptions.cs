using System.Globalization;

namespace HedgeAgents.Core.Sensitivity;

/// <summary>How to bootstrap an estimator: <paramref name="Resamples"/> resamples of the base samples drawn with
/// replacement, percentile intervals at confidence <paramref name="Level"/>, draws seeded from <paramref name="Seed"/>.</summary>
/// <remarks>Resample r draws from its own stream, hashed from (Seed, r), so asking for more resamples leaves the
/// earlier ones unchanged. The seed has no default: randomness is always a parameter (STYLE.md habit 2).</remarks>
public sealed record BootstrapOptions(int Resamples, double Level, ulong Seed)
{
    /// <summary>The fewest resamples accepted: a percentile interval of fewer is not an interval.</summary>
    public const int MinResamples = 2;

    /// <summary>Throws unless Resamples ≥ <see cref="MinResamples"/> and 0 &lt; Level &lt; 1.</summary>
    /// <exception cref="ArgumentException">Either setting is out of range; the message says which and why.</exception>
    public void Validate()
    {
        if (Resamples < MinResamples)
            throw new ArgumentException($"bootstrap resamples must be at least {MinResamples}; it is {Resamples}", nameof(Resamples));
        if (!(Level > 0 && Level < 1))
            throw new ArgumentException($"bootstrap confidence level must be strictly between 0 and 1 (e.g. 0.95); it is {Level.ToString(CultureInfo.InvariantCulture)}", nameof(Level));
    }
}
