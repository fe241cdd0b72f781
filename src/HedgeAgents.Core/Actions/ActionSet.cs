using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Actions;

/// <summary>The actions available to a choosing actor: Balancing(t) and Bandwagoning(t) for every great power t it
/// has a relation with, then Equidistance and Hedging (10 actions with four great powers).</summary>
public static class ActionSet
{
    /// <summary>The action labels of an actor, in the model's fixed order.</summary>
    public static ImmutableArray<ActionLabel> For(ModelParameters parameters, string actorId)
    {
        var targets = TargetsOf(parameters, actorId);
        var builder = ImmutableArray.CreateBuilder<ActionLabel>(targets.Length * 2 + 2);
        foreach (var t in targets) builder.Add(new ActionLabel(Archetype.Balancing, t));
        foreach (var t in targets) builder.Add(new ActionLabel(Archetype.Bandwagoning, t));
        builder.Add(new ActionLabel(Archetype.Equidistance, null));
        builder.Add(new ActionLabel(Archetype.Hedging, null));
        return builder.MoveToImmutable();
    }

    /// <summary>The action labels as text.</summary>
    public static ImmutableArray<string> LabelsFor(ModelParameters parameters, string actorId) =>
        [.. For(parameters, actorId).Select(a => a.ToString())];

    /// <summary>Great powers other than the actor that it has a relation with, in actor order.</summary>
    public static ImmutableArray<string> TargetsOf(ModelParameters parameters, string actorId) =>
    [
        .. parameters.Actors
            .Where(g => g.Kind == ActorKind.Great && g.Id != actorId
                        && parameters.Relations.Any(r => r.From == actorId && r.To == g.Id))
            .Select(g => g.Id),
    ];
}
