using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Shocks;

/// <summary>A kind of loss (docs/model.md section 4), declared once: its name, its words, its settings and its mechanism.</summary>
/// <remarks>Everything else — the config keys <c>shocks.&lt;name&gt;.hazard|severity|by</c>, the JSON Schema, the reference,
/// the <c>loss_&lt;name&gt;</c> column, the figure legend, the round's draws and the payoff — is derived from the
/// declarations in a <see cref="ShockCatalog"/>. A new kind is a sealed class deriving from this one; the default
/// mechanism is a per-counterparty event with probability scale·hazard·by[b] and loss o·w·R·severity.</remarks>
public abstract class ShockKind
{
    private static readonly ImmutableSortedDictionary<string, double> NoMultipliers = ImmutableSortedDictionary<string, double>.Empty;

    /// <summary>The built-in secondary sanctions.</summary>
    public static ShockKind Sanctions { get; } = new SanctionsKind();

    /// <summary>The built-in route disruption.</summary>
    public static ShockKind Disruption { get; } = new DisruptionKind();

    /// <summary>The built-in coercion.</summary>
    public static ShockKind Coercion { get; } = new CoercionKind();

    /// <summary>The built-in abandonment.</summary>
    public static ShockKind Abandonment { get; } = new AbandonmentKind();

    /// <summary>The lower-case name, as written in configs (<c>shocks.&lt;name&gt;</c>) and outputs (<c>loss_&lt;name&gt;</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Words for figure legends.</summary>
    public abstract string Words { get; }

    /// <summary>One line for the schema's hover text.</summary>
    public abstract string Description { get; }

    /// <summary>What the hazard is per (reference docs).</summary>
    public virtual string HazardDoc => "base hazard per counterparty and round";

    /// <summary>What the severity is a share of (reference docs).</summary>
    public virtual string SeverityDoc => "share of the exposed value lost";

    /// <summary>The default severity (the default hazard is 0: a calm world).</summary>
    public virtual double DefaultSeverity => 0.5;

    /// <summary>Whether the kind draws one uniform per actor and counterparty each round (its events' coins).</summary>
    public virtual bool DrawsPerCounterparty => true;

    /// <summary>The kind's settings in <paramref name="shocks"/>; a declared kind the file leaves alone has its defaults.</summary>
    public virtual IShockParameters Of(ShockParameters shocks) =>
        shocks.Declared.TryGetValue(Name, out var settings) ? settings : new ShockSettings(0.0, DefaultSeverity, NoMultipliers);

    /// <summary>A copy of <paramref name="shocks"/> with this kind's hazard, severity and multipliers replaced.</summary>
    public virtual ShockParameters With(ShockParameters shocks, ShockSettings settings) =>
        shocks with { Declared = shocks.Declared.SetItem(Name, settings) };

    /// <summary>What actor <c>c.Actor</c> risks from counterparty position <c>c.Position</c> this round: an event
    /// (probability and loss) and/or a sure loss, written to <paramref name="exposure"/>.</summary>
    public virtual void Expose(in ShockContext c, ref ShockExposure exposure) =>
        exposure.Event(c.Hazard, c.Value * c.Model.ShockSeverity[c.Slot], c.Counterparty);

    /// <summary>The kind's term in the hedger's portfolio for counterparty position <c>c.Position</c>, per unit of weight
    /// (mean and variance of the net return) or per unit of weight squared (curvature).</summary>
    public virtual void Hedge(in ShockContext c, ref HedgeTerms terms) =>
        terms.Loss(c.Hazard, c.Unit * c.Model.ShockSeverity[c.Slot]);

    /// <inheritdoc />
    public override string ToString() => Name;
}
