using HedgeAgents.Core.Insurance;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Shocks;

/// <summary>Coercion by a great power, scaled by the rival-shift provocation.</summary>
public sealed class CoercionKind : ShockKind
{
    /// <summary>The built-in's slot.</summary>
    public const int Slot = 2;

    /// <inheritdoc />
    public override string Name => "coercion";

    /// <inheritdoc />
    public override string Words => "coercion";

    /// <inheritdoc />
    public override string Description => "coercion by great powers, scaled by the rival-shift provocation";

    /// <inheritdoc />
    public override string HazardDoc => "base hazard per great power and round";

    /// <inheritdoc />
    public override IShockParameters Of(ShockParameters shocks) => shocks.Coercion;

    /// <inheritdoc />
    public override ShockParameters With(ShockParameters shocks, ShockSettings x) =>
        shocks with { Coercion = shocks.Coercion with { Hazard = x.Hazard, Severity = x.Severity, By = x.By } };

    /// <inheritdoc />
    public override void Expose(in ShockContext c, ref ShockExposure exposure)
    {
        var m = c.Model;
        var a = c.Actor;
        var b = c.Counterparty;
        if (m.Kinds[b] != ActorKind.Great) return;
        var w = c.Weights;
        var k = c.Position;
        // A coalition member opposes the coercer with its pooled bargaining power (docs/model.md §7.4).
        var ratio = m.Power[b] / (m.Power[b] + m.BargainingPower[a]);
        // Dependence on a neighbour is structural: cutting the weight below an equal share does not shrink the exposure.
        var exposed = m.Openness[a] * Math.Max(w[k], 1.0 / m.Counterparties[a].Length) * m.Returns[a][k];
        exposure.Event(Hazards.Coercion(m, b, a, c.Action, w),
            exposed * m.Shocks.Coercion.Severity * ratio * (1 - c.Stocks[(int)InsuranceStock.Institutionalization]), b);
    }

    /// <inheritdoc />
    public override void Hedge(in ShockContext c, ref HedgeTerms terms)
    {
        var m = c.Model;
        var a = c.Actor;
        var b = c.Counterparty;
        if (m.Kinds[b] != ActorKind.Great) return;
        terms.Loss(Hazards.Coercion(m, b, a, c.Action, c.Weights),
            c.Unit * m.Shocks.Coercion.Severity * m.Power[b] / (m.Power[b] + m.BargainingPower[a])
            * (1 - c.Stocks[(int)InsuranceStock.Institutionalization]));
    }
}
