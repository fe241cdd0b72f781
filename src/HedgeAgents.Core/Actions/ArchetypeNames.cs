namespace HedgeAgents.Core.Actions;

/// <summary>Names of archetypes as written in configs and CSVs.</summary>
public static class ArchetypeNames
{
    /// <summary>The lower-case name (<c>hedging</c>).</summary>
    public static string Name(this Archetype archetype) => archetype switch
    {
        Archetype.Balancing => "balancing",
        Archetype.Bandwagoning => "bandwagoning",
        Archetype.Equidistance => "equidistance",
        Archetype.Hedging => "hedging",
        _ => throw new ArgumentOutOfRangeException(nameof(archetype)),
    };

    /// <summary>All archetypes in report order.</summary>
    public static IReadOnlyList<Archetype> All { get; } =
        [Archetype.Balancing, Archetype.Bandwagoning, Archetype.Equidistance, Archetype.Hedging];

    /// <summary>Whether the archetype takes a target great power.</summary>
    public static bool HasTarget(this Archetype archetype) =>
        archetype is Archetype.Balancing or Archetype.Bandwagoning;
}
