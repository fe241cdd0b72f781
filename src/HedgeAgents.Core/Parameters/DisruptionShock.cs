using HedgeAgents.Core.Collections;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Parameters;

/// <summary>Route disruption: a route closes for <see cref="Duration"/> rounds.</summary>
/// <param name="Coastal">Hazard multiplier for actors that are not landlocked.</param>
public sealed record DisruptionShock(
    double Hazard,
    double Severity,
    ValueMap<string, double> By,
    int Duration,
    double Coastal) : IShockParameters;
