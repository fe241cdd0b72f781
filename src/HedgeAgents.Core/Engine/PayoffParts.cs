namespace HedgeAgents.Core.Engine;

/// <summary>A round's payoff and its parts: u = returns − losses − insurance − reputation + side payments.</summary>
/// <param name="Returns">Gross returns of engagement (for great powers, plus influence).</param>
/// <param name="LossSanctions">Secondary-sanctions losses, and the direct loss of a sanctioned actor.</param>
/// <param name="LossDisruption">Route-disruption losses.</param>
/// <param name="LossCoercion">Coercion losses.</param>
/// <param name="LossAbandonment">Abandonment losses.</param>
/// <param name="InsuranceCost">Insurance spending (h · gross returns).</param>
/// <param name="ReputationCost">Reputation cost of taking sides.</param>
/// <param name="SidePayment">Side payments received minus paid.</param>
public readonly record struct PayoffParts(
    double Returns,
    double LossSanctions,
    double LossDisruption,
    double LossCoercion,
    double LossAbandonment,
    double InsuranceCost,
    double ReputationCost,
    double SidePayment)
{
    /// <summary>The payoff.</summary>
    public double Payoff => Returns - Losses - InsuranceCost - ReputationCost + SidePayment;

    /// <summary>All four losses.</summary>
    public double Losses => LossSanctions + LossDisruption + LossCoercion + LossAbandonment;
}
