namespace HedgeAgents.Core.Learning;

/// <summary>What a rule observes after a round: its action, its realized utility and, when asked for, the
/// utility every other action would have earned under the same random numbers; the opponents' actions; and the
/// actions and utilities of its peers (other players with the same action set).</summary>
public readonly ref struct Outcome
{
    /// <summary>Creates an outcome without opponents or peers (a game against nature).</summary>
    public Outcome(int round, int chosen, double utility, ReadOnlySpan<double> counterfactual)
        : this(round, chosen, utility, counterfactual, default, default, default)
    {
    }

    /// <summary>Creates an outcome.</summary>
    public Outcome(int round, int chosen, double utility, ReadOnlySpan<double> counterfactual,
        ReadOnlySpan<int> opponents, ReadOnlySpan<int> peerActions, ReadOnlySpan<double> peerUtilities)
    {
        if (peerActions.Length != peerUtilities.Length)
            throw new ArgumentException("one utility per peer action is needed", nameof(peerUtilities));
        Round = round;
        Chosen = chosen;
        Utility = utility;
        Counterfactual = counterfactual;
        Opponents = opponents;
        PeerActions = peerActions;
        PeerUtilities = peerUtilities;
    }

    /// <summary>The round that was played.</summary>
    public int Round { get; }

    /// <summary>The action played.</summary>
    public int Chosen { get; }

    /// <summary>Realized utility (CARA utility of the payoff in the hedging model).</summary>
    public double Utility { get; }

    /// <summary>Utility of each action with the same random numbers; empty unless the rule asked for it.</summary>
    public ReadOnlySpan<double> Counterfactual { get; }

    /// <summary>Each opponent's action this round, in the order of <see cref="IDecisionContext.OpponentActionCount"/>.</summary>
    public ReadOnlySpan<int> Opponents { get; }

    /// <summary>The actions of the peers (players with the same action labels) this round.</summary>
    public ReadOnlySpan<int> PeerActions { get; }

    /// <summary>The peers' realized utilities this round, aligned with <see cref="PeerActions"/>.</summary>
    public ReadOnlySpan<double> PeerUtilities { get; }
}
