namespace HedgeAgents.Core.Engine;

/// <summary>The hedger's capped mean–variance portfolio: max Σ w·μ − ½ Σ q·w² subject to Σ w = 1, 0 ≤ w ≤ cap.</summary>
/// <remarks>
/// With a diagonal quadratic the KKT conditions give w_b = clamp((μ_b − ν)/q_b, 0, cap) for one multiplier ν,
/// found by bisection on the decreasing function Σ w(ν). A cap below 1/n is raised to 1/n so the problem stays
/// feasible. Where q_b = 0 (risk-neutral, no abandonment) a tiny floor turns the linear programme's corner
/// solution into a limit of strictly concave ones, splitting ties equally.
/// </remarks>
public static class HedgingPortfolio
{
    /// <summary>Solves for the weights.</summary>
    public static void Solve(ReadOnlySpan<double> mu, ReadOnlySpan<double> q, double cap, Span<double> w)
    {
        var n = mu.Length;
        if (n == 0) return;
        cap = Math.Max(cap, 1.0 / n);
        var scale = 0.0;
        var lo = double.PositiveInfinity;
        var hi = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            scale = Math.Max(scale, Math.Abs(mu[i]));
            lo = Math.Min(lo, mu[i]);
            hi = Math.Max(hi, mu[i]);
        }
        var floor = 1e-9 * Math.Max(scale, 1e-12);
        var qMax = 0.0;
        for (var i = 0; i < n; i++) qMax = Math.Max(qMax, Math.Max(q[i], floor));
        // At ν = hi every weight is 0; at ν = lo − qMax·cap every weight is at its cap (sum ≥ 1).
        var a = lo - qMax * cap - 1.0;
        var b = hi + 1.0;
        for (var iter = 0; iter < 200; iter++)
        {
            var mid = 0.5 * (a + b);
            if (Sum(mu, q, cap, floor, mid) > 1.0) a = mid;
            else b = mid;
            if (b - a <= 1e-15 * Math.Max(1.0, Math.Abs(mid))) break;
        }
        var nu = 0.5 * (a + b);
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            w[i] = Weight(mu[i], q[i], cap, floor, nu);
            total += w[i];
        }
        // Remove the bisection's last rounding so the weights sum to 1 exactly enough for the invariants. Where q is
        // floored (risk-neutral), a last-bit error in ν moves weights by ~1e-7, so the residual is not negligible:
        // a surplus is scaled away (which cannot break 0 ≤ w ≤ cap), a deficit is added to the weights strictly
        // between 0 and the cap in proportion to their room (dividing by the sum would push capped weights above it).
        if (total > 1.0)
            for (var i = 0; i < n; i++) w[i] /= total;
        else if (total < 1.0)
            FillDeficit(w[..n], cap, 1.0 - total);
    }

    private static void FillDeficit(Span<double> w, double cap, double deficit)
    {
        var freeRoom = 0.0;
        var allRoom = 0.0;
        foreach (var x in w)
        {
            allRoom += cap - x;
            if (x > 0 && x < cap) freeRoom += cap - x;
        }
        var useFree = freeRoom >= deficit;
        var room = useFree ? freeRoom : allRoom;
        if (!(room > 0)) return;
        for (var i = 0; i < w.Length; i++)
            if (!useFree || (w[i] > 0 && w[i] < cap))
                w[i] = Math.Min(cap, w[i] + deficit * (cap - w[i]) / room);
    }

    private static double Sum(ReadOnlySpan<double> mu, ReadOnlySpan<double> q, double cap, double floor, double nu)
    {
        var s = 0.0;
        for (var i = 0; i < mu.Length; i++) s += Weight(mu[i], q[i], cap, floor, nu);
        return s;
    }

    private static double Weight(double mu, double q, double cap, double floor, double nu) =>
        Math.Clamp((mu - nu) / Math.Max(q, floor), 0.0, cap);
}
