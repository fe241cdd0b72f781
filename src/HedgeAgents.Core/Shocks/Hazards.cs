using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Shocks;

/// <summary>Hazards that depend on the action profile: hostility, coercion, route disruption, sanctions exposure.</summary>
public static class Hazards
{
    /// <summary>Weight above an equal share, rescaled to [0, 1]: max(0, w − 1/n)/(1 − 1/n).</summary>
    public static double Excess(double weight, int n) =>
        n <= 1 ? 0.0 : Math.Max(0.0, weight - 1.0 / n) / (1.0 - 1.0 / n);

    /// <summary>Hostility of <paramref name="g"/> toward actor <paramref name="a"/> playing <paramref name="action"/> with weights <paramref name="w"/>:
    /// threat · (1 + [a balances g] + provocation · Σ_r rivalry(g, r) · excess(w_ar)); the threat alone for non-great controllers.</summary>
    public static double Hostility(CompiledModel m, int g, int a, ModelAction action, ReadOnlySpan<double> w)
    {
        var threat = m.Threat[g, a];
        if (m.Kinds[g] != ActorKind.Great) return threat;
        var cp = m.Counterparties[a];
        var n = cp.Length;
        var shift = 0.0;
        for (var k = 0; k < n; k++)
        {
            var r = cp[k];
            if (r == g) continue;
            var rivalry = m.Rivalry[g, r];
            if (rivalry > 0) shift += rivalry * Excess(w[k], n);
        }
        var balances = action.Archetype == Archetype.Balancing && action.Target == g ? 1.0 : 0.0;
        return threat * (1.0 + balances + m.Shocks.Coercion.Provocation * shift);
    }

    /// <summary>Probability that great power g coerces a this round.</summary>
    public static double Coercion(CompiledModel m, int g, int a, ModelAction action, ReadOnlySpan<double> w) =>
        Math.Min(1.0, m.Shocks.Scale * m.Shocks.Coercion.Hazard * m.ShockBy[CoercionKind.Slot][g] * Hostility(m, g, a, action, w));

    /// <summary>Landlocked actors bear the full disruption hazard; coastal ones the configured share.</summary>
    public static double Geography(CompiledModel m, int a) => m.Landlocked[a] ? 1.0 : m.Shocks.Disruption.Coastal;

    /// <summary>Probability that configured route <paramref name="route"/> of actor a closes this round: the political
    /// hazard (scaled by its controller's hostility) or, independently, an outage no player chooses.</summary>
    public static double Route(CompiledModel m, int route, int a, ModelAction action, ReadOnlySpan<double> w)
    {
        var ctrl = m.Routes.Controller[route];
        var hostility = ctrl >= 0 ? m.ShockBy[DisruptionKind.Slot][ctrl] * Hostility(m, ctrl, a, action, w) : 1.0;
        var political = Math.Min(1.0, m.Shocks.Scale * m.Shocks.Disruption.Hazard * m.Routes.HazardMultiplier[route] * hostility * Geography(m, a));
        // A storm is not pressure: the outage does not grow with hostility, and without one the probability is bit for
        // bit the political one.
        var outage = m.Routes.Outage[route];
        return outage == 0.0 ? political : 1.0 - (1.0 - outage) * (1.0 - political);
    }

    /// <summary>Probability that the implicit route of a toward counterparty b closes this round.</summary>
    public static double ImplicitRoute(CompiledModel m, int b, int a, ModelAction action, ReadOnlySpan<double> w) =>
        Math.Min(1.0, m.Shocks.Scale * m.Shocks.Disruption.Hazard * m.ShockBy[DisruptionKind.Slot][b] * Hostility(m, b, a, action, w) * Geography(m, a));

    /// <summary>Probability of a secondary-sanctions hit on an exposed engagement with sanctioned r.</summary>
    public static double Sanctions(CompiledModel m, int r) => Math.Min(1.0, m.Shocks.Scale * m.Shocks.Sanctions.Hazard * m.ShockBy[SanctionsKind.Slot][r]);

    /// <summary>Whether a (playing <paramref name="action"/>) is exposed to secondary sanctions for engaging r:
    /// r is under a regime that a does not take part in.</summary>
    public static bool SanctionsExposure(CompiledModel m, int a, int r, ModelAction action, ReadOnlySpan<int> actions)
    {
        if (action.Archetype == Archetype.Balancing && action.Target == r) return false;
        if (m.ImposedOn[r]) return !m.ImposedBy[r, a];
        for (var g = 0; g < m.ActorCount; g++)
        {
            if (g == a || g == r || m.Kinds[g] != ActorKind.Great || actions[g] < 0) continue;
            var act = m.Actions[g][actions[g]];
            if (act.Archetype == Archetype.Balancing && act.Target == r) return true;
        }
        return false;
    }

    /// <summary>Whether g sanctions a: g balances a in the profile, or takes part in a scenario regime on a.</summary>
    public static bool Sanctions(CompiledModel m, int g, int a, ReadOnlySpan<int> actions)
    {
        if (g == a) return false;
        if (m.ImposedOn[a] && m.ImposedBy[a, g]) return true;
        if (m.Kinds[g] != ActorKind.Great || actions[g] < 0) return false;
        var act = m.Actions[g][actions[g]];
        return act.Archetype == Archetype.Balancing && act.Target == a;
    }
}
