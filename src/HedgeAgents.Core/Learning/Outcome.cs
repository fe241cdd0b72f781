namespace HedgeAgents.Core.Learning;

/// <summary>What a rule observes after a round: its action, its realized utility and, when asked for, the
/// utility every other action would have earned under the same random numbers.</summary>
public readonly ref struct Outcome
{
    /// <summary>Creates an outcome.</summary>
    public Outcome(int round, int chosen, double utility, ReadOnlySpan<double> counterfactual)
    {
        Round = round;
        Chosen = chosen;
        Utility = utility;
        Counterfactual = counterfactual;
    }

    /// <summary>The round that was played.</summary>
    public int Round { get; }

    /// <summary>The action played.</summary>
    public int Chosen { get; }

    /// <summary>Realized utility (CARA utility of the payoff in the hedging model).</summary>
    public double Utility { get; }

    /// <summary>Utility of each action with the same random numbers; empty unless the rule asked for it.</summary>
    public ReadOnlySpan<double> Counterfactual { get; }
}
