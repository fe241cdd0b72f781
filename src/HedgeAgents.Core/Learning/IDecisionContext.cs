namespace HedgeAgents.Core.Learning;

/// <summary>What a learning rule may ask of the game when it decides: generic, it knows nothing of hedging.</summary>
public interface IDecisionContext
{
    /// <summary>The round being decided (0-based).</summary>
    int Round { get; }

    /// <summary>Number of actions available.</summary>
    int ActionCount { get; }

    /// <summary>The action played last round, or −1 before the first round.</summary>
    int LastAction { get; }

    /// <summary>Certainty-equivalent score of an action against the others' current play, at the state that holding it sustains.</summary>
    double Score(int action);

    /// <summary>Mean certainty equivalent of holding an action for <paramref name="horizon"/> rounds from the current state.</summary>
    double ScoreOverHorizon(int action, int horizon);

    /// <summary>Number of other choosing players (opponents), in the fixed order of <see cref="Outcome.Opponents"/>.</summary>
    int OpponentCount => 0;

    /// <summary>Number of actions of an opponent.</summary>
    int OpponentActionCount(int opponent) => 0;

    /// <summary>Score of an action if the opponents played the given pure profile (one action index per opponent).</summary>
    double ScoreAgainst(int action, ReadOnlySpan<int> opponentActions) => Score(action);
}
