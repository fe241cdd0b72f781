using System.Globalization;

namespace HedgeAgents.Core.Sensitivity;

/// <summary>The checks on the per-point noise variances the estimators accept beside the outputs.</summary>
internal static class NoiseVariances
{
    /// <summary>Throws unless there is one finite, non-negative variance per output.</summary>
    public static void Check(ReadOnlySpan<double> noise, int outputs)
    {
        if (noise.Length != outputs)
            throw new ArgumentException(
                $"the noise variances are one per design point, like the outputs: {outputs} are needed; {noise.Length} were given", nameof(noise));
        for (var p = 0; p < noise.Length; p++)
            if (!(noise[p] >= 0) || double.IsInfinity(noise[p]))
                throw new ArgumentException(
                    $"the noise variance of point {p} is {noise[p].ToString(CultureInfo.InvariantCulture)}; a variance is finite and at least 0", nameof(noise));
    }

    /// <summary>Numerator over denominator, where a numerator of 0 is a share of 0 even over a denominator of 0 (nothing
    /// varies, and none of it is noise) and any other numerator over 0 is +∞.</summary>
    public static double Share(double noise, double variance) =>
        noise == 0 ? 0 : variance > 0 ? noise / variance : double.PositiveInfinity;
}
