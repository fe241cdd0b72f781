namespace HedgeAgents.Core.Shocks;

/// <summary>The four kinds of loss (MODEL.md section 4).</summary>
public enum ShockKind
{
    /// <summary>Secondary sanctions spill-over (and the direct loss of a sanctioned actor).</summary>
    Sanctions = 0,
    /// <summary>Route disruption.</summary>
    Disruption = 1,
    /// <summary>Coercion by a great power.</summary>
    Coercion = 2,
    /// <summary>Abandonment by a counterparty whose interest wanes.</summary>
    Abandonment = 3,
}

/// <summary>Names of shock kinds as written in outputs.</summary>
public static class ShockKindNames
{
    /// <summary>The lower-case name.</summary>
    public static string Name(this ShockKind kind) => kind switch
    {
        ShockKind.Sanctions => "sanctions",
        ShockKind.Disruption => "disruption",
        ShockKind.Coercion => "coercion",
        ShockKind.Abandonment => "abandonment",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
