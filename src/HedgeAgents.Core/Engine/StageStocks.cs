namespace HedgeAgents.Core.Engine;

/// <summary>The insurance stocks at which a stage game scores each player's action.</summary>
public enum StageStocks
{
    /// <summary>The stocks as they stand at the round: what the next round would pay.</summary>
    Current,

    /// <summary>The stationary stocks that holding the action sustains: the commitment evaluation that best response
    /// (horizon 0) and the counterfactuals of the learning rules use.</summary>
    Sustained,
}
