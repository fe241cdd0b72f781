using System.Collections.Immutable;
using System.Text.Json.Nodes;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary><c>relations</c>: directed relations, <c>relations.&lt;FROM&gt;.&lt;TO&gt;.key</c>; a path must name a listed relation.</summary>
internal sealed class RelationsSection : EntitySection<RelationSpec>
{
    public override string Key => "relations";
    public override string Noun => "relation";
    public override bool Creates => false;
    public override EntityIdentity Identity { get; } = new PairIdentity("from", "to");

    public override ImmutableArray<Leaf<RelationSpec>> Leaves { get; } =
    [
        new("returns", LeafKind.Number, Bounds.NonNegative, "1", "gain R from full engagement",
            r => ParameterValue.Of(r.Returns), (r, v) => r with { Returns = v.Number }) { Unit = "payoff" },
        new("volatility", LeafKind.Number, Bounds.NonNegative, "0", "s.d. of the return multiplier",
            r => ParameterValue.Of(r.Volatility), (r, v) => r with { Volatility = v.Number }),
    ];

    public override IReadOnlyList<string> IdsOf(RelationSpec entry) => [entry.From, entry.To];
    /// <summary>A relation with returns 1 and no volatility.</summary>
    public override RelationSpec Create(IReadOnlyList<string> ids) => new(ids[0], ids[1], Returns: 1.0, Volatility: 0.0);
    public override IEnumerable<RelationSpec> Entries(ModelParameters parameters) => parameters.Relations;
    public override ModelParameters Add(ModelParameters parameters, RelationSpec entry) => parameters with { Relations = parameters.Relations.Add(entry) };
    public override ModelParameters Replace(ModelParameters parameters, int index, RelationSpec entry) =>
        parameters with { Relations = parameters.Relations.SetItem(index, entry) };

    public override string SchemaDescription => "directed relations: what each actor gains from engaging another; from ≠ to, no duplicate pair";
    public override IEnumerable<(string Key, JsonObject Schema)> IdentitySchema() =>
        [("from", ExperimentSchema.Ref("actorId", "the actor that engages (required)")), ("to", ExperimentSchema.Ref("actorId", "the counterparty (required)"))];
    public override IEnumerable<(string Key, string Doc)> IdentityReference => [("from", "actor id"), ("to", "actor id")];
    public override string ReferenceIntro => "A list of directed relations; `from` ≠ `to`, both existing ids, no duplicate pair. " +
                                             "A relation must be listed here before its path can be set.";

    protected override void Check(RelationSpec r, string prefix, IReadOnlyList<RelationSpec> earlier, ValidationScope scope)
    {
        scope.Exists($"{prefix}.from", r.From);
        scope.Exists($"{prefix}.to", r.To);
        if (r.From == r.To) scope.Add($"{prefix}.to", "a relation needs two different actors");
        CheckDuplicate(r, prefix, earlier, scope);
    }
}
