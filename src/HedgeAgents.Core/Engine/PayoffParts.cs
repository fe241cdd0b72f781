using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Engine;

/// <summary>A round's payoff and its parts: u = returns − losses − insurance − reputation + side payments.</summary>
/// <param name="Returns">Gross returns of engagement (for great powers, plus influence).</param>
/// <param name="ByKind">Losses by shock kind slot (<see cref="ShockCatalog"/>).</param>
/// <param name="InsuranceCost">Insurance spending (h · gross returns).</param>
/// <param name="ReputationCost">Reputation cost of taking sides.</param>
/// <param name="SidePayment">Side payments received minus paid.</param>
public readonly record struct PayoffParts(
    double Returns,
    ShockLosses ByKind,
    double InsuranceCost,
    double ReputationCost,
    double SidePayment)
{
    /// <summary>The payoff.</summary>
    public double Payoff => Returns - Losses - InsuranceCost - ReputationCost + SidePayment;

    /// <summary>All losses, summed in slot order.</summary>
    public double Losses => ByKind.Sum();

    /// <summary>The loss of the kind in <paramref name="slot"/>.</summary>
    public double Loss(int slot) => ByKind[slot];
}
