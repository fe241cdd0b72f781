using HedgeAgents.Core.Collections;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Parameters;

/// <summary>The settings of every shock kind: the four built-ins as typed records, declared kinds by name.</summary>
public sealed record ShockParameters(
    SanctionsShock Sanctions,
    DisruptionShock Disruption,
    CoercionShock Coercion,
    AbandonmentShock Abandonment)
{
    /// <summary>A multiplier on every base hazard (default 1), so one axis can sweep how turbulent the world is
    /// while keeping the kinds' proportions; hazards are still capped at 1.</summary>
    public double Scale { get; init; } = 1.0;

    /// <summary>The kinds this world knows (the built-ins unless a catalog with declared kinds was given to the loader).</summary>
    public ShockCatalog Catalog { get; init; } = ShockCatalog.BuiltIn;

    /// <summary>Settings of declared (non built-in) kinds, by kind name; a kind absent here has its defaults.</summary>
    public ValueMap<string, ShockSettings> Declared { get; init; } = ValueMap<string, ShockSettings>.Empty;

    private static readonly ValueMap<string, double> None = ValueMap<string, double>.Empty;

    /// <summary>Defaults: a calm world with no hazards (each documented in docs/model.md).</summary>
    public static ShockParameters Default { get; } = new(
        new SanctionsShock(0.0, 0.5, None, [], []),
        new DisruptionShock(0.0, 1.0, None, 2, 0.25),
        new CoercionShock(0.0, 0.5, None, 1.0),
        new AbandonmentShock(0.0, 0.5, None));
}
