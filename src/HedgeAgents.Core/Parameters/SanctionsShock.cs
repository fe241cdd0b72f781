using HedgeAgents.Core.Collections;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Parameters;

/// <summary>Secondary sanctions: regimes on <see cref="Imposed"/> actors (scenario) or on any actor a great power balances.</summary>
/// <param name="Imposed">Actors under a sanctions regime imposed by the scenario.</param>
/// <param name="ImposedBy">Who imposes the scenario regime; empty means every other great power.</param>
public sealed record SanctionsShock(
    double Hazard,
    double Severity,
    ValueMap<string, double> By,
    ValueArray<string> Imposed,
    ValueArray<string> ImposedBy) : IShockParameters;
