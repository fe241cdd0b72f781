using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Shocks;

/// <summary>Abandonment by a counterparty whose interest wanes; the loss is quadratic in the weight on it.</summary>
public sealed class AbandonmentKind : ShockKind
{
    /// <summary>The built-in's slot.</summary>
    public const int Slot = 3;

    /// <inheritdoc />
    public override string Name => "abandonment";

    /// <inheritdoc />
    public override string Words => "abandonment";

    /// <inheritdoc />
    public override string Description => "abandonment by a counterparty";

    /// <inheritdoc />
    public override IShockParameters Of(ShockParameters shocks) => shocks.Abandonment;

    /// <inheritdoc />
    public override ShockParameters With(ShockParameters shocks, ShockSettings x) =>
        shocks with { Abandonment = shocks.Abandonment with { Hazard = x.Hazard, Severity = x.Severity, By = x.By } };

    /// <inheritdoc />
    public override void Expose(in ShockContext c, ref ShockExposure exposure)
    {
        var m = c.Model;
        var a = c.Actor;
        var k = c.Position;
        var w = c.Weights[k];
        exposure.Event(c.Hazard, m.Openness[a] * w * w * m.Returns[a][k] * m.Shocks.Abandonment.Severity, c.Counterparty);
    }

    /// <inheritdoc />
    public override void Hedge(in ShockContext c, ref HedgeTerms terms) =>
        terms.Curvature += 2 * c.Model.Openness[c.Actor] * c.Hazard * c.Model.Shocks.Abandonment.Severity * c.Model.Returns[c.Actor][c.Position];
}
