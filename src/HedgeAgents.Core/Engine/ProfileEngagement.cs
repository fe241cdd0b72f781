using HedgeAgents.Core.Actions;

namespace HedgeAgents.Core.Engine;

/// <summary>Engagement weights of every actor for a profile of actions: choosers by their actions (hedgers by their
/// portfolio at their stocks), then partners reciprocating the weight others put on them.</summary>
/// <remarks>One routine for the round that is played and for the profiles a rule or the stage game imagines, so the
/// two cannot drift apart.</remarks>
public static class ProfileEngagement
{
    /// <summary>Writes each actor's weights for <paramref name="actions"/> (−1 for partners) into <paramref name="weights"/>.</summary>
    public static void Engage(CompiledModel m, RunState s, ReadOnlySpan<int> actions, double[][] weights,
        Span<double> scratch, Span<bool> closed)
    {
        var a = m.ActorCount;
        for (var i = 0; i < a; i++)
        {
            if (!m.Chooses(i)) continue;
            var act = m.Actions[i][actions[i]];
            if (act.Archetype == Archetype.Hedging)
                HedgerWeights.Compute(m, i, s.Stocks[i], actions, s, scratch, closed, weights[i]);
            else
                Weights.OfAction(m, i, act, weights[i]);
        }
        for (var b = 0; b < a; b++)
            if (!m.Chooses(b)) Reciprocate(m, b, weights);
    }

    private static void Reciprocate(CompiledModel m, int b, double[][] weights)
    {
        var cp = m.Counterparties[b];
        var n = cp.Length;
        if (n == 0) return;
        var w = weights[b];
        var received = 0.0;
        for (var k = 0; k < n; k++)
        {
            var pos = m.Position[cp[k], b];
            var given = pos >= 0 ? weights[cp[k]][pos] : 0.0;
            w[k] = 1.0 / n + given;
            received += given;
        }
        for (var k = 0; k < n; k++) w[k] /= 1.0 + received;
    }
}
