using System.Collections.Immutable;
using System.Text.Json.Nodes;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary><c>demand</c>: flow demand, <c>demand.&lt;ACTOR&gt;.&lt;PARTNER&gt;.volume</c>; a path creates a missing entry.</summary>
internal sealed class DemandSection : EntitySection<DemandSpec>
{
    public override string Key => "demand";
    public override string Noun => "demand";
    public override bool Creates => true;
    public override EntityIdentity Identity { get; } = new PairIdentity("actor", "partner");

    public override ImmutableArray<Leaf<DemandSpec>> Leaves { get; } =
    [
        new("volume", LeafKind.Number, Bounds.NonNegative, "(required)", "flow demand over the actor's routes (route units)",
            d => ParameterValue.Of(d.Volume), (d, v) => d with { Volume = v.Number }) { Required = true, Unit = "Mt/yr" },
    ];

    public override IReadOnlyList<string> IdsOf(DemandSpec entry) => [entry.Actor, entry.Partner];
    /// <summary>A demand of zero volume (volume is required in files).</summary>
    public override DemandSpec Create(IReadOnlyList<string> ids) => new(ids[0], ids[1], 0.0);
    public override IEnumerable<DemandSpec> Entries(ModelParameters parameters) => parameters.Demand;
    public override ModelParameters Add(ModelParameters parameters, DemandSpec entry) => parameters with { Demand = parameters.Demand.Add(entry) };
    public override ModelParameters Replace(ModelParameters parameters, int index, DemandSpec entry) =>
        parameters with { Demand = parameters.Demand.SetItem(index, entry) };

    public override string SchemaDescription => "flow demand of an actor toward a partner, carried over the actor's routes; no duplicate pair";
    public override IEnumerable<(string Key, JsonObject Schema)> IdentitySchema() =>
        [("actor", ExperimentSchema.Ref("actorId", "the actor whose flows these are (required)")), ("partner", ExperimentSchema.Ref("actorId", "the counterparty (required)"))];
    public override IEnumerable<(string Key, string Doc)> IdentityReference => [("actor", "actor id"), ("partner", "actor id")];
    public override string ReferenceIntro => "A list; no duplicate (actor, partner). The path creates the entry if absent.";

    protected override void Check(DemandSpec d, string prefix, IReadOnlyList<DemandSpec> earlier, ValidationScope scope)
    {
        scope.Exists($"{prefix}.actor", d.Actor);
        scope.Exists($"{prefix}.partner", d.Partner);
        if (d.Actor == d.Partner) scope.Add($"{prefix}.partner", "demand needs two different actors");
        CheckDuplicate(d, prefix, earlier, scope);
    }
}
