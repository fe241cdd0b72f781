using HedgeAgents.Core.Insurance;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Shocks;

/// <summary>Secondary sanctions spill-over on engagement with a sanctioned party, and the direct loss of a sanctioned actor.</summary>
public sealed class SanctionsKind : ShockKind
{
    /// <summary>The built-in's slot.</summary>
    public const int Slot = 0;

    /// <inheritdoc />
    public override string Name => "sanctions";

    /// <inheritdoc />
    public override string Words => "secondary sanctions";

    /// <inheritdoc />
    public override string Description => "secondary sanctions on engagement with a sanctioned party";

    /// <inheritdoc />
    public override string HazardDoc => "base hazard per round";

    /// <inheritdoc />
    public override IShockParameters Of(ShockParameters shocks) => shocks.Sanctions;

    /// <inheritdoc />
    public override ShockParameters With(ShockParameters shocks, ShockSettings x) =>
        shocks with { Sanctions = shocks.Sanctions with { Hazard = x.Hazard, Severity = x.Severity, By = x.By } };

    /// <inheritdoc />
    public override void Expose(in ShockContext c, ref ShockExposure exposure)
    {
        var m = c.Model;
        var b = c.Counterparty;
        var value = c.Value;
        if (Hazards.SanctionsExposure(m, c.Actor, b, c.Action, c.Actions))
            exposure.Event(Hazards.Sanctions(m, b), value * m.Shocks.Sanctions.Severity * (1 - c.Stocks[(int)InsuranceStock.Procedural]), b);
        // A sanctioned actor loses that share of what it does with the powers that sanction it, for sure.
        if (Hazards.Sanctions(m, b, c.Actor, c.Actions))
            exposure.Sure(value * m.Shocks.Sanctions.Severity);
    }

    /// <inheritdoc />
    public override void Hedge(in ShockContext c, ref HedgeTerms terms)
    {
        var m = c.Model;
        var b = c.Counterparty;
        var unit = c.Unit;
        if (Hazards.SanctionsExposure(m, c.Actor, b, c.Action, c.Actions))
            terms.Loss(Hazards.Sanctions(m, b), unit * m.Shocks.Sanctions.Severity * (1 - c.Stocks[(int)InsuranceStock.Procedural]));
        if (Hazards.Sanctions(m, b, c.Actor, c.Actions)) terms.Mean -= unit * m.Shocks.Sanctions.Severity;
    }
}
