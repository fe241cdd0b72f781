namespace HedgeAgents.Core.Parameters;

/// <summary>What an actor does each round: middle and great powers choose a strategy; partners reciprocate.</summary>
public enum ActorKind
{
    /// <summary>A middle power that chooses among the four archetypes.</summary>
    Middle,
    /// <summary>A great power: chooses like a middle power, and its actions also act on the system (sanctions).</summary>
    Great,
    /// <summary>A secondary partner (Türkiye/OTS, the Gulf): does not choose, reciprocates engagement.</summary>
    Partner,
}
