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
        var kinds = m.ShockKinds;
        var red = stocks[(int)InsuranceStock.Redundancy];

        for (var k = 0; k < n; k++) sink.Engagement(k, o * w[k] * returns[k], sigma[k]);

        // Each kind's per-counterparty events and sure losses, kinds in slot order; disruption's come from the routes below.
        var c = new ShockContext(m, a, action, w, stocks, actions);
        for (var k = 0; k < n; k++)
        {
            c.Position = k;
            c.Counterparty = cp[k];
            for (var slot = 0; slot < kinds.Length; slot++)
            {
                c.Slot = slot;
                var e = default(ShockExposure);
                kinds[slot].Expose(in c, ref e);
                if (e.HasEvent) sink.Event(slot, k, e.Probability, e.Loss, e.Source);
                if (e.HasCertain) sink.Certain(slot, e.Certain);
            }
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
