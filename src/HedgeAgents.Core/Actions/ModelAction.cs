namespace HedgeAgents.Core.Actions;

/// <summary>An action resolved against the actor table: archetype plus target actor index (−1 for none).</summary>
public readonly record struct ModelAction(Archetype Archetype, int Target)
{
    /// <summary>Whether this action takes sides (and so pays the reputation cost).</summary>
    public bool TakesSides => Archetype is Archetype.Balancing or Archetype.Bandwagoning;
}
