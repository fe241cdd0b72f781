using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Shocks;

/// <summary>Route disruption: its losses come from the route network (configured or implicit routes), which the
/// engine enumerates after the per-counterparty kinds; it has no per-counterparty event of its own.</summary>
public sealed class DisruptionKind : ShockKind
{
    /// <summary>The built-in's slot.</summary>
    public const int Slot = 1;

    /// <inheritdoc />
    public override string Name => "disruption";

    /// <inheritdoc />
    public override string Words => "route disruption";

    /// <inheritdoc />
    public override string Description => "route disruptions that cut flows";

    /// <inheritdoc />
    public override string HazardDoc => "base hazard per route and round";

    /// <inheritdoc />
    public override string SeverityDoc => "share of the unmet flow lost";

    /// <inheritdoc />
    public override double DefaultSeverity => 1.0;

    /// <inheritdoc />
    public override bool DrawsPerCounterparty => false;

    /// <inheritdoc />
    public override IShockParameters Of(ShockParameters shocks) => shocks.Disruption;

    /// <inheritdoc />
    public override ShockParameters With(ShockParameters shocks, ShockSettings x) =>
        shocks with { Disruption = shocks.Disruption with { Hazard = x.Hazard, Severity = x.Severity, By = x.By } };

    /// <inheritdoc />
    public override void Expose(in ShockContext c, ref ShockExposure exposure)
    {
    }

    /// <inheritdoc />
    public override void Hedge(in ShockContext c, ref HedgeTerms terms)
    {
    }
}
