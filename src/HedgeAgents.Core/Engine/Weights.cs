using HedgeAgents.Core.Actions;

namespace HedgeAgents.Core.Engine;

/// <summary>Engagement weights of the side-taking and equidistant actions (hedging is a portfolio, see <see cref="HedgingPortfolio"/>).</summary>
public static class Weights
{
    /// <summary>Writes the weights of a non-hedging action over the actor's counterparties.</summary>
    public static void OfAction(CompiledModel m, int actor, ModelAction action, Span<double> w)
    {
        var cp = m.Counterparties[actor];
        var n = cp.Length;
        if (n == 0) return;
        var s = m.Strategies;
        switch (action.Archetype)
        {
            case Archetype.Equidistance:
                w[..n].Fill(s.Equidistance.Intensity / n);
                break;
            case Archetype.Bandwagoning:
            {
                var t = m.Position[actor, action.Target];
                if (n == 1) { w[0] = 1.0; break; }
                var rest = (1.0 - s.Bandwagoning.Share) / (n - 1);
                for (var k = 0; k < n; k++) w[k] = k == t ? s.Bandwagoning.Share : rest;
                break;
            }
            case Archetype.Balancing:
            {
                var t = m.Position[actor, action.Target];
                if (n == 1) { w[0] = 1.0; break; }
                // The rest goes to the others in proportion to 1 + rivalry with the target: tilted toward its rivals.
                var total = 0.0;
                for (var k = 0; k < n; k++)
                    if (k != t) total += 1.0 + m.Rivalry[cp[k], action.Target];
                var rest = 1.0 - s.Balancing.Residual;
                for (var k = 0; k < n; k++)
                    w[k] = k == t ? s.Balancing.Residual : rest * (1.0 + m.Rivalry[cp[k], action.Target]) / total;
                break;
            }
            default:
                throw new ArgumentException("hedging weights come from the portfolio", nameof(action));
        }
    }

    /// <summary>Insurance rate h of an action.</summary>
    public static double InsuranceRate(CompiledModel m, ModelAction action) =>
        action.Archetype == Archetype.Hedging ? m.Strategies.Hedging.Insurance : 0.0;

    /// <summary>Reputation cost rate of an action (taking sides).</summary>
    public static double ReputationRate(CompiledModel m, ModelAction action) => action.Archetype switch
    {
        Archetype.Balancing => m.Strategies.Balancing.Reputation,
        Archetype.Bandwagoning => m.Strategies.Bandwagoning.Reputation,
        _ => 0.0,
    };

    /// <summary>Stance toward a great power: +1 bandwagoning with it, −1 balancing it, else 0.</summary>
    public static int Stance(ModelAction action, int toward) =>
        action.Target != toward ? 0 : action.Archetype == Archetype.Bandwagoning ? 1 : action.Archetype == Archetype.Balancing ? -1 : 0;

    /// <summary>1 − HHI of weights normalised to shares (0 for no engagement).</summary>
    public static double Diversification(ReadOnlySpan<double> w)
    {
        var sum = 0.0;
        var sq = 0.0;
        foreach (var x in w)
        {
            sum += x;
            sq += x * x;
        }
        return sum > 0 ? 1.0 - sq / (sum * sum) : 0.0;
    }
}
