using System.Collections.Immutable;
using System.Text.Json.Nodes;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary><c>rivalries</c>: <c>between: [A, B]</c>, <c>rivalries.&lt;A&gt;.&lt;B&gt;.intensity</c> in either order; a path creates a missing rivalry.</summary>
internal sealed class RivalriesSection : EntitySection<RivalrySpec>
{
    public override string Key => "rivalries";
    public override string Noun => "rivalry";
    public override bool Creates => true;
    public override EntityIdentity Identity { get; } = new BetweenIdentity();

    public override ImmutableArray<Leaf<RivalrySpec>> Leaves { get; } =
    [
        new("intensity", LeafKind.Number, Bounds.Unit, "0.5", "rivalry between two great powers",
            r => ParameterValue.Of(r.Intensity), (r, v) => r with { Intensity = v.Number }),
    ];

    public override IReadOnlyList<string> IdsOf(RivalrySpec entry) => [entry.A, entry.B];
    /// <summary>A rivalry of intensity 0.5.</summary>
    public override RivalrySpec Create(IReadOnlyList<string> ids) => new(ids[0], ids[1], Intensity: 0.5);
    public override IEnumerable<RivalrySpec> Entries(ModelParameters parameters) => parameters.Rivalries;
    public override ModelParameters Add(ModelParameters parameters, RivalrySpec entry) => parameters with { Rivalries = parameters.Rivalries.Add(entry) };
    public override ModelParameters Replace(ModelParameters parameters, int index, RivalrySpec entry) =>
        parameters with { Rivalries = parameters.Rivalries.SetItem(index, entry) };

    public override string SchemaDescription => "rivalries between great powers; no duplicate pair in either order";
    public override IEnumerable<(string Key, JsonObject Schema)> IdentitySchema() =>
    [
        ("between", new JsonObject
        {
            ["description"] = "the two great powers, e.g. [RUS, EUR] (required)",
            ["type"] = "array",
            ["items"] = ExperimentSchema.Ref("actorId"),
            ["minItems"] = 2,
            ["maxItems"] = 2,
        }),
    ];
    public override IEnumerable<(string Key, string Doc)> IdentityReference => [("between", "two great-power ids, `[A, B]`")];
    public override string ReferenceIntro => "A list; both ids great powers, distinct, no duplicate pair in either order. " +
                                             "The path works in either order and creates the rivalry if absent.";

    protected override void Check(RivalrySpec r, string prefix, IReadOnlyList<RivalrySpec> earlier, ValidationScope scope)
    {
        scope.Great($"{prefix}.between", r.A);
        scope.Great($"{prefix}.between", r.B);
        if (r.A == r.B) scope.Add($"{prefix}.between", "a rivalry needs two different great powers");
        CheckDuplicate(r, prefix, earlier, scope);
    }
}
