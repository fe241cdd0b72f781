using HedgeAgents.Core.Collections;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Parameters;

/// <summary>What every shock kind has: a base hazard per round, a severity, and hazard multipliers by source actor.</summary>
public interface IShockParameters
{
    /// <summary>Base probability per potential event and round, in [0, 1].</summary>
    double Hazard { get; }

    /// <summary>Share of the exposed value lost when the event happens.</summary>
    double Severity { get; }

    /// <summary>Hazard multipliers keyed by the actor the shock comes from (default 1).</summary>
    ValueMap<string, double> By { get; }
}

/// <summary>Secondary sanctions: regimes on <see cref="Imposed"/> actors (scenario) or on any actor a great power balances.</summary>
/// <param name="Imposed">Actors under a sanctions regime imposed by the scenario.</param>
/// <param name="ImposedBy">Who imposes the scenario regime; empty means every other great power.</param>
public sealed record SanctionsShock(
    double Hazard,
    double Severity,
    ValueMap<string, double> By,
    ValueArray<string> Imposed,
    ValueArray<string> ImposedBy) : IShockParameters;

/// <summary>Route disruption: a route closes for <see cref="Duration"/> rounds.</summary>
/// <param name="Coastal">Hazard multiplier for actors that are not landlocked.</param>
public sealed record DisruptionShock(
    double Hazard,
    double Severity,
    ValueMap<string, double> By,
    int Duration,
    double Coastal) : IShockParameters;

/// <summary>Coercion by a great power; <see cref="Provocation"/> scales the rival-shift term of its hazard.</summary>
public sealed record CoercionShock(
    double Hazard,
    double Severity,
    ValueMap<string, double> By,
    double Provocation) : IShockParameters;

/// <summary>Abandonment: a counterparty's interest wanes; the loss is quadratic in the weight on it.</summary>
public sealed record AbandonmentShock(
    double Hazard,
    double Severity,
    ValueMap<string, double> By) : IShockParameters;

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
