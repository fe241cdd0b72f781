namespace HedgeAgents.Core.Parameters;

/// <summary>Balancing(t): residual weight on t and the reputation cost of taking sides.</summary>
public sealed record BalancingParameters(double Residual = 0.05, double Reputation = 0.02);
