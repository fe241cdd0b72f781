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
