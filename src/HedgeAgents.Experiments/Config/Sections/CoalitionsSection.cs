using System.Collections.Immutable;
using System.Text.Json.Nodes;
using HedgeAgents.Core.Parameters;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary><c>coalitions</c>: <c>coalitions.&lt;ID&gt;.key</c>; a path must name a listed coalition.</summary>
/// <remarks>Members, cohesion and the cross-references (members exist, are middle powers, belong to one coalition) are the
/// validator's, because --set and events can change them too; only a duplicate id is the file's alone.</remarks>
internal sealed class CoalitionsSection : EntitySection<CoalitionSpec>
{
    public override string Key => "coalitions";
    public override string Noun => "coalition";
    public override bool Creates => false;
    public override EntityIdentity Identity { get; } = new IdIdentity();

    public override ImmutableArray<Leaf<CoalitionSpec>> Leaves { get; } =
    [
        new("members", LeafKind.IdList, Bounds.Any, "(required)", "the middle powers in the coalition: at least two, each in no other coalition",
            c => ParameterValue.Of(c.Members), (c, v) => c with { Members = v.Items }) { Required = true },
        new("cohesion", LeafKind.Number, Bounds.Unit, "1",
            "c: against a coercer g a member counts its power plus c × the other members' power, power_g / (power_g + power_a + c·Σ others); 0 = no coalition",
            c => ParameterValue.Of(c.Cohesion), (c, v) => c with { Cohesion = v.Number }) { Unit = "share" },
    ];

    public override IReadOnlyList<string> IdsOf(CoalitionSpec entry) => [entry.Id];
    /// <summary>A coalition with no members (members are required in files) and cohesion 1.</summary>
    public override CoalitionSpec Create(IReadOnlyList<string> ids) => new(ids[0], [], 1.0);
    public override IEnumerable<CoalitionSpec> Entries(ModelParameters parameters) => parameters.Coalitions;
    public override ModelParameters Add(ModelParameters parameters, CoalitionSpec entry) => parameters with { Coalitions = parameters.Coalitions.Add(entry) };
    public override ModelParameters Replace(ModelParameters parameters, int index, CoalitionSpec entry) =>
        parameters with { Coalitions = parameters.Coalitions.SetItem(index, entry) };

    // Without members (already reported as missing) there is no coalition; keeping an empty one would only add
    // the validator's "at least two members" to the same mistake.
    protected override bool Keep(YamlMappingNode item) => ExperimentReader.Child(item, "members") is not null;

    public override string SchemaDescription => "coalitions of middle powers that bargain as one against coercion";
    public override IEnumerable<(string Key, JsonObject Schema)> IdentitySchema() =>
        [("id", ExperimentSchema.Ref("actorId", "unique coalition id: a letter, then letters, digits or _ (required)"))];
    public override IEnumerable<(string Key, string Doc)> IdentityReference => [("id", "coalition id; a letter, then letters, digits or `_`")];
    public override string ReferenceIntro => "A list; ids unique; `members` at least two distinct middle powers, none in two coalitions. " +
                                             "A coalition pools its members' bargaining power against coercion (docs/model.md §7.4). " +
                                             "A coalition must be listed here before its path can be set.";

    protected override void Check(CoalitionSpec c, string prefix, IReadOnlyList<CoalitionSpec> earlier, ValidationScope scope)
    {
        if (!ParameterValidator.IsActorId(c.Id)) scope.Add($"{prefix}.id", $"'{c.Id}' is not a valid coalition id: a letter, then letters, digits or _");
        CheckDuplicate(c, prefix, earlier, scope);
        var path = $"{prefix}.members";
        if (c.Members.Length < 2) scope.Add(path, $"a coalition needs at least two members, got {c.Members.Length}");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in c.Members)
        {
            if (!seen.Add(id))
            {
                scope.Add(path, $"'{id}' is listed twice");
                continue;
            }
            // Only middle powers: great powers are the coercers the block bargains against, and partners do not choose.
            if (scope.Exists(path, id) && scope.Kinds[id] != ActorKind.Middle)
                scope.Add(path, $"'{id}' is a {scope.Kinds[id].ToString().ToLowerInvariant()} actor; coalition members must be middle powers");
            if (earlier.FirstOrDefault(x => x.Members.Any(m => m == id)) is { } other)
                scope.Add(path, $"'{id}' is already a member of coalition '{other.Id}': an actor belongs to one coalition at most");
        }
    }
}
