using HedgeAgents.Core.Collections;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Parameters;

/// <summary>Abandonment: a counterparty's interest wanes; the loss is quadratic in the weight on it.</summary>
public sealed record AbandonmentShock(
    double Hazard,
    double Severity,
    ValueMap<string, double> By) : IShockParameters;
