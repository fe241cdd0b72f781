using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Shocks;

/// <summary>The settings every shock kind has, and all a declared (non built-in) kind has.</summary>
public sealed record ShockSettings(
    double Hazard,
    double Severity,
    ImmutableSortedDictionary<string, double> By) : IShockParameters
{
    /// <summary>The three common settings of any kind's parameters.</summary>
    public static ShockSettings From(IShockParameters p) => p as ShockSettings ?? new(p.Hazard, p.Severity, p.By);

    /// <inheritdoc />
    public bool Equals(ShockSettings? other) =>
        other is not null && Hazard.Equals(other.Hazard) && Severity.Equals(other.Severity)
        && By.Count == other.By.Count && By.All(kv => other.By.TryGetValue(kv.Key, out var v) && v.Equals(kv.Value));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Hazard, Severity, By.Count);
}
