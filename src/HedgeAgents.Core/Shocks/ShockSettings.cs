using HedgeAgents.Core.Collections;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Shocks;

/// <summary>The settings every shock kind has, and all a declared (non built-in) kind has.</summary>
public sealed record ShockSettings(
    double Hazard,
    double Severity,
    ValueMap<string, double> By) : IShockParameters
{
    /// <summary>The three common settings of any kind's parameters.</summary>
    public static ShockSettings From(IShockParameters p) => p as ShockSettings ?? new(p.Hazard, p.Severity, p.By);
}
