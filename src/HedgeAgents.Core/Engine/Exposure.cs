using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Insurance;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Engine;

/// <summary>Enumerates everything an actor is exposed to when it plays an action against a profile (MODEL.md section 4).</summary>
public static class Exposure
{
    /// <summary>Feeds the sink with the actor's engagement, potential events, sure losses and transfers.</summary>
    /// <param name="m">The model.</param>
    /// <param name="a">The actor.</param>
    /// <param name="action">The actor's action (possibly counterfactual).</param>
    /// <param name="w">The actor's weights under that action.</param>
    /// <param name="stocks">The actor's insurance stocks (I, P, N) to evaluate at.</param>
    /// <param name="actions">Everyone's action indices (the actor's own entry is ignored).</param>
    /// <param name="weights">Everyone's weights (for influence).</param>
    /// <param name="routeHazard">Scratch of length route count.</param>
    /// <param name="sink">The consumer.</param>
    public static void Enumerate<TSink>(CompiledModel m, int a, ModelAction action, ReadOnlySpan<double> w,
        ReadOnlySpan<double> stocks, ReadOnlySpan<int> actions, double[][] weights, Span<double> routeHazard, ref TSink sink)
        where TSink : IExposureSink, allows ref struct
    {
        var o = m.Openness[a];
        var cp = m.Counterparties[a];
        var n = cp.Length;
        var returns = m.Returns[a];
        var sigma = m.Volatility[a];
        var shocks = m.Shocks;
        var inst = stocks[(int)InsuranceStock.Institutionalization];
        var proc = stocks[(int)InsuranceStock.Procedural];
        var red = stocks[(int)InsuranceStock.Redundancy];

        for (var k = 0; k < n; k++) sink.Engagement(k, o * w[k] * returns[k], sigma[k]);

        for (var k = 0; k < n; k++)
        {
            var b = cp[k];
            var value = o * w[k] * returns[k];
            if (Hazards.SanctionsExposure(m, a, b, action, actions))
                sink.Event(ShockKind.Sanctions, k, Hazards.Sanctions(m, b), value * shocks.Sanctions.Severity * (1 - proc), b);
            // A sanctioned actor loses that share of what it does with the powers that sanction it, for sure.
            if (Hazards.Sanctions(m, b, a, actions))
                sink.Certain(ShockKind.Sanctions, value * shocks.Sanctions.Severity);
            if (m.Kinds[b] == ActorKind.Great)
            {
                // A coalition member opposes the coercer with its pooled bargaining power (docs/model.md §7.4).
                var ratio = m.Power[b] / (m.Power[b] + m.BargainingPower[a]);
                // Dependence on a neighbour is structural: cutting the weight below an equal share does not shrink the exposure.
                var exposure = o * Math.Max(w[k], 1.0 / n) * returns[k];
                sink.Event(ShockKind.Coercion, k, Hazards.Coercion(m, b, a, action, w),
                    exposure * shocks.Coercion.Severity * ratio * (1 - inst), b);
            }
            sink.Event(ShockKind.Abandonment, k, Hazards.Abandonment(m, b), o * w[k] * w[k] * returns[k] * shocks.Abandonment.Severity, b);
        }

        if (m.Routes.HasRoutes[a])
        {
            foreach (var r in m.Routes.RoutesOf[a]) routeHazard[r] = Hazards.Route(m, r, a, action, w);
            sink.ConfiguredRoutes(routeHazard);
        }
        else
        {
            for (var k = 0; k < n; k++)
            {
                var b = cp[k];
                sink.ImplicitRoute(k, Hazards.ImplicitRoute(m, b, a, action, w),
                    o * w[k] * returns[k] * shocks.Disruption.Severity * (1 - red), b);
            }
        }

        if (action.Archetype == Archetype.Bandwagoning)
            sink.Transfer(m.Strategies.Bandwagoning.SidePayment * o * returns[m.Position[a, action.Target]]);

        if (m.Kinds[a] == ActorKind.Great)
        {
            var paid = 0.0;
            var influence = 0.0;
            for (var j = 0; j < m.ActorCount; j++)
            {
                if (j == a) continue;
                var pos = m.Position[j, a];
                if (pos < 0) continue;
                if (actions[j] >= 0)
                {
                    var act = m.Actions[j][actions[j]];
                    if (act.Archetype == Archetype.Bandwagoning && act.Target == a)
                        paid += m.Strategies.Bandwagoning.SidePayment * m.Openness[j] * m.Returns[j][pos];
                }
                if (m.Kinds[j] == ActorKind.Middle) influence += weights[j][pos];
            }
            if (paid != 0) sink.Transfer(-paid);
            if (m.Influence[a] != 0) sink.Influence(m.Influence[a] * influence);
        }
    }
}
