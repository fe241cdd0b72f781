namespace HedgeAgents.Core.Insurance;

/// <summary>The three insurance stocks of seed 000, each in [0, 1].</summary>
public enum InsuranceStock
{
    /// <summary>I: binding engagement in institutions; dilutes coercion.</summary>
    Institutionalization = 0,
    /// <summary>P: export controls, digital tracking; shields sanctions spill-over.</summary>
    Procedural = 1,
    /// <summary>N: spare route capacity; covers route closures.</summary>
    Redundancy = 2,
}
