using System.Collections.Immutable;
using System.Text.Json.Nodes;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary><c>threats</c>: Walt's four factors, multiplied, <c>threats.&lt;FROM&gt;.&lt;TO&gt;.key</c>; a path creates a missing threat.</summary>
internal sealed class ThreatsSection : EntitySection<ThreatSpec>
{
    public override string Key => "threats";
    public override string Noun => "threat";
    public override bool Creates => true;
    public override EntityIdentity Identity { get; } = new PairIdentity("from", "to");

    public override ImmutableArray<Leaf<ThreatSpec>> Leaves { get; } =
    [
        new("aggregatePower", LeafKind.Number, Bounds.NonNegative, "1", "threat factor",
            t => ParameterValue.Of(t.AggregatePower), (t, v) => t with { AggregatePower = v.Number }),
        new("proximity", LeafKind.Number, Bounds.NonNegative, "1", "threat factor",
            t => ParameterValue.Of(t.Proximity), (t, v) => t with { Proximity = v.Number }),
        new("offensive", LeafKind.Number, Bounds.NonNegative, "1", "threat factor",
            t => ParameterValue.Of(t.Offensive), (t, v) => t with { Offensive = v.Number }),
        new("intent", LeafKind.Number, Bounds.NonNegative, "1", "threat factor",
            t => ParameterValue.Of(t.Intent), (t, v) => t with { Intent = v.Number }),
    ];

    public override IReadOnlyList<string> IdsOf(ThreatSpec entry) => [entry.From, entry.To];
    /// <summary>A threat whose four factors are 1 (a neutral multiplier).</summary>
    public override ThreatSpec Create(IReadOnlyList<string> ids) => new(ids[0], ids[1], 1.0, 1.0, 1.0, 1.0);
    public override IEnumerable<ThreatSpec> Entries(ModelParameters parameters) => parameters.Threats;
    public override ModelParameters Add(ModelParameters parameters, ThreatSpec entry) => parameters with { Threats = parameters.Threats.Add(entry) };
    public override ModelParameters Replace(ModelParameters parameters, int index, ThreatSpec entry) =>
        parameters with { Threats = parameters.Threats.SetItem(index, entry) };

    public override string SchemaDescription => "Walt's threat of a great power to an actor: the product of four factors";
    public override IEnumerable<(string Key, JsonObject Schema)> IdentitySchema() =>
        [("from", ExperimentSchema.Ref("actorId", "the threatening great power (required)")), ("to", ExperimentSchema.Ref("actorId", "the threatened actor (required)"))];
    public override IEnumerable<(string Key, string Doc)> IdentityReference => [("from", "great-power id"), ("to", "actor id")];
    public override string ReferenceIntro => "A list; `from` must be a great power. The multiplier is the product of the four factors. " +
                                             "The path creates the threat (with factors 1) if absent.";

    protected override void Check(ThreatSpec t, string prefix, IReadOnlyList<ThreatSpec> earlier, ValidationScope scope)
    {
        scope.Great($"{prefix}.from", t.From);
        scope.Exists($"{prefix}.to", t.To);
        if (t.From == t.To) scope.Add($"{prefix}.to", "a threat needs two different actors");
        CheckDuplicate(t, prefix, earlier, scope);
    }
}
