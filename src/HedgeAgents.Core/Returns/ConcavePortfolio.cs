namespace HedgeAgents.Core.Returns;

/// <summary>Version 2's hedging portfolio (docs/design/model-v2.md): max o·CD(w) − Σ μ_b·w_b − ½ Σ q_b·w_b² over
/// Σ w = 1, 0 ≤ w_b ≤ cap_b, with CD the Cobb–Douglas index around the profile ŵ (<see cref="ConcaveReturns"/>).</summary>
/// <remarks>
/// The objective is concave, so the KKT conditions characterise the optimum: for a partner with ŵ_b > 0 below its
/// cap, o·C·ŵ_b / w_b = μ_b + q_b·w_b + ν with C = CD(w) at the optimum and ν the multiplier of Σ w = 1. For a given C
/// each weight is the positive root of q_b·w² + (μ_b + ν)·w − o·C·ŵ_b = 0, clamped to its cap, and Σ w falls as ν
/// rises, so ν is found by bisection; C is then updated to CD(w) and the two steps repeat to a fixed point. A
/// partner with ŵ_b = 0 earns nothing and only costs, so it gets 0. With μ = q = 0 and ŵ within the caps the answer
/// is ŵ itself: the market's profile is optimal when nothing is at risk.
/// </remarks>
public static class ConcavePortfolio
{
    private const int OuterIterations = 200;
    private const int Bisections = 200;

    /// <summary>Writes the optimal weights into <paramref name="w"/>; <paramref name="cap"/> per partner
    /// (<see cref="double.PositiveInfinity"/> for none). Caps are raised where needed so the problem stays feasible.</summary>
    public static void Solve(double openness, ReadOnlySpan<double> profile, ReadOnlySpan<double> mu, ReadOnlySpan<double> q,
        ReadOnlySpan<double> cap, Span<double> w)
    {
        var n = profile.Length;
        if (n == 0) return;
        // Feasibility: the caps of the partners with trade must leave room for a total of 1.
        var room = 0.0;
        for (var b = 0; b < n; b++) room += profile[b] > 0 ? Math.Min(1.0, cap[b]) : 0.0;
        var lift = room >= 1.0 ? 0.0 : (1.0 - room) / Math.Max(1, Count(profile));
        profile.CopyTo(w);
        var c = 1.0;
        for (var iter = 0; iter < OuterIterations; iter++)
        {
            var nu = Multiplier(openness * c, profile, mu, q, cap, lift);
            Weights(openness * c, profile, mu, q, cap, lift, nu, w);
            var next = ConcaveReturns.Value(w, profile);
            if (Math.Abs(next - c) <= 1e-15 * Math.Max(1.0, c)) break;
            c = next;
        }
    }

    private static int Count(ReadOnlySpan<double> profile)
    {
        var k = 0;
        foreach (var p in profile) if (p > 0) k++;
        return k;
    }

    // ν with Σ w(ν) = 1: every weight falls as ν rises. ν may be negative (losses larger than the marginal return
    // still leave the budget to spend), so both ends are widened until they bracket the root.
    private static double Multiplier(double scale, ReadOnlySpan<double> profile, ReadOnlySpan<double> mu, ReadOnlySpan<double> q,
        ReadOnlySpan<double> cap, double lift)
    {
        var lo = -1.0;
        while (Total(scale, profile, mu, q, cap, lift, lo) < 1.0 && lo > -1e12) lo = 2.0 * lo - 1.0;
        var hi = scale + 1.0;
        while (Total(scale, profile, mu, q, cap, lift, hi) > 1.0) hi = 2.0 * hi + 1.0;
        for (var i = 0; i < Bisections; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Total(scale, profile, mu, q, cap, lift, mid) > 1.0) lo = mid;
            else hi = mid;
            if (hi - lo <= 1e-16 * Math.Max(1.0, Math.Abs(mid))) break;
        }
        return 0.5 * (lo + hi);
    }

    private static double Total(double scale, ReadOnlySpan<double> profile, ReadOnlySpan<double> mu, ReadOnlySpan<double> q,
        ReadOnlySpan<double> cap, double lift, double nu)
    {
        var sum = 0.0;
        for (var b = 0; b < profile.Length; b++) sum += Weight(scale, profile[b], mu[b], q[b], cap[b], lift, nu);
        return sum;
    }

    private static void Weights(double scale, ReadOnlySpan<double> profile, ReadOnlySpan<double> mu, ReadOnlySpan<double> q,
        ReadOnlySpan<double> cap, double lift, double nu, Span<double> w)
    {
        var sum = 0.0;
        for (var b = 0; b < profile.Length; b++) sum += w[b] = Weight(scale, profile[b], mu[b], q[b], cap[b], lift, nu);
        // The bisection leaves Σ w within rounding of 1; scaling removes the rest (caps hold within the same rounding).
        if (sum > 0) for (var b = 0; b < profile.Length; b++) w[b] /= sum;
    }

    // The positive root of q·w² + (μ + ν)·w − s·ŵ = 0, written to avoid cancellation, clamped to [0, cap].
    private static double Weight(double scale, double share, double mu, double q, double cap, double lift, double nu)
    {
        if (share <= 0) return 0.0;
        var top = Math.Min(1.0, cap) + lift;
        var a = mu + nu;
        var target = scale * share;
        double w;
        if (q <= 0) w = a > 0 ? target / a : double.PositiveInfinity;
        else w = 2.0 * target / (a + Math.Sqrt(a * a + 4.0 * q * target));
        return Math.Clamp(w, 0.0, top);
    }
}
