using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Insurance;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Engine;

/// <summary>The inputs of the hedger's portfolio: per-unit return net of expected shock losses at given stocks (μ),
/// and the curvature q = a·v + the kinds' curvature terms (abandonment's loss is quadratic in w).</summary>
/// <remarks>Hazards are linearised at equal shares (no provocation term) so the portfolio does not depend on itself.</remarks>
public static class HedgerWeights
{
    private static readonly ModelAction Hedging = new(Archetype.Hedging, -1);

    /// <summary>Writes the hedging weights of actor a at the given stocks against the given profile.</summary>
    /// <param name="scratch">At least 3·n doubles plus route count bools are needed; passed in so nothing is allocated.</param>
    public static void Compute(CompiledModel m, int a, ReadOnlySpan<double> stocks, ReadOnlySpan<int> actions,
        RunState s, Span<double> scratch, Span<bool> closed, Span<double> w)
    {
        var cp = m.Counterparties[a];
        var n = cp.Length;
        if (n == 0) return;
        var mu = scratch[..n];
        var q = scratch.Slice(n, n);
        var equal = scratch.Slice(2 * n, n);
        equal.Fill(1.0 / n);
        var o = m.Openness[a];
        var riskAversion = m.RiskAversion[a];
        var sh = m.Shocks;
        var kinds = m.ShockKinds;
        var red = stocks[(int)InsuranceStock.Redundancy];
        var routes = m.Routes;
        if (routes.HasRoutes[a])
            foreach (var r in routes.RoutesOf[a]) closed[r] = s.RouteClosed[r] > 0;

        var c = new ShockContext(m, a, Hedging, equal, stocks, actions);
        for (var k = 0; k < n; k++)
        {
            var b = cp[k];
            var unit = o * m.Returns[a][k];
            var t = new HedgeTerms(unit, unit * m.Volatility[a][k] * unit * m.Volatility[a][k]);
            c.Position = k;
            c.Counterparty = b;
            // Each kind's terms in slot order; disruption's come from the routes below.
            for (var slot = 0; slot < kinds.Length; slot++)
            {
                c.Slot = slot;
                kinds[slot].Hedge(in c, ref t);
            }
            if (routes.HasRoutes[a])
            {
                var now = routes.UnmetShare(a, b, closed, red);
                t.Mean -= unit * sh.Disruption.Severity * now;
                foreach (var r in routes.RoutesOf[a])
                {
                    if (routes.Serves[r] != b || closed[r]) continue;
                    var extra = routes.UnmetShare(a, b, closed, red, r) - now;
                    t.Loss(Hazards.Route(m, r, a, Hedging, equal), unit * sh.Disruption.Severity * extra);
                }
            }
            else
            {
                var l = unit * sh.Disruption.Severity * (1 - red);
                if (s.ImplicitClosed[a][k] > 0) t.Mean -= l;
                else t.Loss(Hazards.ImplicitRoute(m, b, a, Hedging, equal), l);
            }
            mu[k] = t.Mean;
            q[k] = riskAversion * t.Variance + t.Curvature;
        }
        HedgingPortfolio.Solve(mu, q, m.Strategies.Hedging.Cap, w[..n]);
    }
}
