using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Insurance;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Engine;

/// <summary>The inputs of the hedger's portfolio: per-unit return net of expected shock losses at given stocks (μ),
/// and the curvature q = a·v + 2·(expected abandonment loss per unit of w²).</summary>
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
        var inst = stocks[(int)InsuranceStock.Institutionalization];
        var proc = stocks[(int)InsuranceStock.Procedural];
        var red = stocks[(int)InsuranceStock.Redundancy];
        var routes = m.Routes;
        if (routes.HasRoutes[a])
            foreach (var r in routes.RoutesOf[a]) closed[r] = s.RouteClosed[r] > 0;

        for (var k = 0; k < n; k++)
        {
            var b = cp[k];
            var unit = o * m.Returns[a][k];
            var mean = unit;
            var variance = unit * m.Volatility[a][k] * unit * m.Volatility[a][k];
            void Loss(double p, double l)
            {
                mean -= p * l;
                variance += p * (1 - p) * l * l;
            }
            if (Hazards.SanctionsExposure(m, a, b, Hedging, actions))
                Loss(Hazards.Sanctions(m, b), unit * sh.Sanctions.Severity * (1 - proc));
            if (Hazards.Sanctions(m, b, a, actions)) mean -= unit * sh.Sanctions.Severity;
            if (m.Kinds[b] == ActorKind.Great)
                Loss(Hazards.Coercion(m, b, a, Hedging, equal),
                    unit * sh.Coercion.Severity * m.Power[b] / (m.Power[b] + m.BargainingPower[a]) * (1 - inst));
            if (routes.HasRoutes[a])
            {
                var now = routes.UnmetShare(a, b, closed, red);
                mean -= unit * sh.Disruption.Severity * now;
                foreach (var r in routes.RoutesOf[a])
                {
                    if (routes.Serves[r] != b || closed[r]) continue;
                    var extra = routes.UnmetShare(a, b, closed, red, r) - now;
                    Loss(Hazards.Route(m, r, a, Hedging, equal), unit * sh.Disruption.Severity * extra);
                }
            }
            else
            {
                var l = unit * sh.Disruption.Severity * (1 - red);
                if (s.ImplicitClosed[a][k] > 0) mean -= l;
                else Loss(Hazards.ImplicitRoute(m, b, a, Hedging, equal), l);
            }
            mu[k] = mean;
            q[k] = riskAversion * variance + 2 * o * Hazards.Abandonment(m, b) * sh.Abandonment.Severity * m.Returns[a][k];
        }
        HedgingPortfolio.Solve(mu, q, m.Strategies.Hedging.Cap, w[..n]);
    }
}
