namespace HedgeAgents.Core.Returns;

/// <summary>Version 2's returns index (docs/design/model-v2.md): CD(w) = Π_b (w_b/ŵ_b)^{ŵ_b}, the Cobb–Douglas
/// aggregate around the observed trade profile ŵ. It is 1 at w = ŵ and below 1 elsewhere (weighted AM–GM), and
/// concave, so moving trade away from where the market puts it costs more the further it goes, with no new parameter.</summary>
/// <remarks>Not wired into the simulation yet: version 2 is built behind a switch (issue 18).</remarks>
public static class ConcaveReturns
{
    /// <summary>CD(w) for weights <paramref name="w"/> and profile <paramref name="profile"/> (same length, each
    /// summing to 1). A partner with ŵ_b = 0 does not enter (0⁰ = 1); one with ŵ_b > 0 and w_b = 0 makes it 0.</summary>
    public static double Value(ReadOnlySpan<double> w, ReadOnlySpan<double> profile)
    {
        var log = 0.0;
        for (var b = 0; b < profile.Length; b++)
        {
            var share = profile[b];
            if (share <= 0) continue;
            if (w[b] <= 0) return 0.0;
            log += share * Math.Log(w[b] / share);
        }
        return Math.Exp(log);
    }

    /// <summary>The gradient ∂CD/∂w_b = CD·ŵ_b/w_b into <paramref name="gradient"/> (0 where ŵ_b = 0; +∞ where w_b = 0
    /// and ŵ_b > 0, the barrier that keeps an optimum away from dropping a partner).</summary>
    public static void Gradient(ReadOnlySpan<double> w, ReadOnlySpan<double> profile, Span<double> gradient)
    {
        var value = Value(w, profile);
        for (var b = 0; b < profile.Length; b++)
            gradient[b] = profile[b] <= 0 ? 0.0 : w[b] <= 0 ? double.PositiveInfinity : value * profile[b] / w[b];
    }
}
