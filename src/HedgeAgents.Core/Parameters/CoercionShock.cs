using HedgeAgents.Core.Collections;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Parameters;

/// <summary>Coercion by a great power; <see cref="Provocation"/> scales the rival-shift term of its hazard.</summary>
public sealed record CoercionShock(
    double Hazard,
    double Severity,
    ValueMap<string, double> By,
    double Provocation) : IShockParameters;
