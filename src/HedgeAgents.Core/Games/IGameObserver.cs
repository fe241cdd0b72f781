namespace HedgeAgents.Core.Games;

/// <summary>Sees each round of a repeated normal-form game (for traces); must not keep the spans.</summary>
public interface IGameObserver
{
    /// <summary>Called after every round with the profile played and each player's payoff.</summary>
    void OnRound(int round, ReadOnlySpan<int> profile, ReadOnlySpan<double> payoffs);
}
