namespace HedgeAgents.Core.Engine;

/// <summary>Observes a run round by round; files and summaries are built outside the model from what it sees.</summary>
public interface IRoundObserver
{
    /// <summary>Called after each round with a view that is only valid during the call.</summary>
    void OnRound(RoundView view);
}
