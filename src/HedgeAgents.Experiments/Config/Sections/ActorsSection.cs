using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HedgeAgents.Core.Learning;
using HedgeAgents.Core.Parameters;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary><c>actors</c>: <c>actors.&lt;ID&gt;.key</c>; <c>kind</c> and the <c>learning</c> block are read separately
/// (hooks below), and <c>actors.&lt;ID&gt;.learning.&lt;rule or option&gt;</c> are paths of their own.</summary>
internal sealed class ActorsSection : EntitySection<ActorSpec>
{
    private static readonly ImmutableArray<string> Kinds = ["middle", "great", "partner"];

    public override string Key => "actors";
    public override string Noun => "actor";
    public override bool Creates => false;
    public override EntityIdentity Identity { get; } = new IdIdentity();

    public override ImmutableArray<Leaf<ActorSpec>> Leaves { get; } =
    [
        new("name", LeafKind.Text, Bounds.Any, "the id", "display name",
            a => ParameterValue.Of(a.Name), (a, v) => a with { Name = v.Text }),
        new("power", LeafKind.Number, Bounds.Positive, "1", "relative capability; enters coercion as power_g / (power_g + power_a)",
            a => ParameterValue.Of(a.Power), (a, v) => a with { Power = v.Number }),
        new("openness", LeafKind.Number, Bounds.Unit, "0.5", "share of the economy exposed to external flows",
            a => ParameterValue.Of(a.Openness), (a, v) => a with { Openness = v.Number }) { Unit = "share" },
        new("riskAversion", LeafKind.Number, Bounds.NonNegative, "1", "CARA coefficient a",
            a => ParameterValue.Of(a.RiskAversion), (a, v) => a with { RiskAversion = v.Number }),
        new("regulatoryCapacity", LeafKind.Number, Bounds.Unit, "0.5", "how fast insurance spending turns into insurance",
            a => ParameterValue.Of(a.RegulatoryCapacity), (a, v) => a with { RegulatoryCapacity = v.Number }) { Unit = "share" },
        new("landlocked", LeafKind.Bool, Bounds.Any, "false", "landlocked actors bear the full disruption hazard",
            a => ParameterValue.Of(a.Landlocked), (a, v) => a with { Landlocked = v.Bool }),
        new("influence", LeafKind.Number, Bounds.NonNegative, "0", "value to a great power per unit of engagement weight middle powers give it",
            a => ParameterValue.Of(a.Influence), (a, v) => a with { Influence = v.Number }) { Unit = "payoff per unit weight" },
    ];

    public override IReadOnlyList<string> IdsOf(ActorSpec entry) => [entry.Id];
    /// <summary>A middle power with every default: power 1, openness 0.5, risk aversion 1, capacity 0.5, best response
    /// (the file's <c>kind</c> is read next).</summary>
    public override ActorSpec Create(IReadOnlyList<string> ids) =>
        new(ids[0], ids[0], ActorKind.Middle, Power: 1.0, Openness: 0.5, RiskAversion: 1.0, RegulatoryCapacity: 0.5, Landlocked: false,
            Influence: 0.0, LearningSpec.Default);
    public override IEnumerable<ActorSpec> Entries(ModelParameters parameters) => parameters.Actors;
    public override ModelParameters Add(ModelParameters parameters, ActorSpec entry) => parameters with { Actors = parameters.Actors.Add(entry) };
    public override ModelParameters Replace(ModelParameters parameters, int index, ActorSpec entry) =>
        parameters with { Actors = parameters.Actors.SetItem(index, entry) };

    protected override ImmutableArray<string> ExtraKeys => ["kind", "learning"];
    protected override string[] ExtraPathKeys => ["learning"];

    protected override ActorSpec ReadExtra(ExperimentReader reader, YamlMappingNode item, string prefix, ActorSpec entry)
    {
        var kindNode = ExperimentReader.Child(item, "kind");
        if (kindNode is null) reader.Error(item, $"{prefix}.kind", "missing required key 'kind' (middle, great or partner)");
        else if (reader.Word(kindNode, $"{prefix}.kind") is { } word)
        {
            if (Kinds.Contains(word)) return entry with { Kind = Enum.Parse<ActorKind>(word, ignoreCase: true) };
            reader.Error(kindNode, $"{prefix}.kind", KeySuggestions.Unknown("kind", word, Kinds));
        }
        return entry;
    }

    protected override ActorSpec AfterRead(ExperimentReader reader, YamlMappingNode item, string prefix, ActorSpec entry)
    {
        if (ExperimentReader.Entry(item, "learning") is not var (learningKey, learningValue)) return entry;
        if (entry.Kind == ActorKind.Partner) reader.Error(learningKey, $"{prefix}.learning", "partners do not choose, so they take no learning rule");
        else if (reader.Map(learningValue, $"{prefix}.learning") is { } learning) return entry with { Learning = reader.ReadLearning(learning, $"{prefix}.learning") };
        return entry;
    }

    public override ModelParameters Apply(ModelParameters parameters, string[] s, ParameterValue value, string path) =>
        ParameterPaths.SetActor(parameters, path, s, value);

    // Learning options are listed with the value in force, default or not, so the list is complete.
    protected override IEnumerable<ParameterExplanation> ExplainExtra(ActorSpec entry, string prefix)
    {
        if (!entry.Chooses) yield break;
        yield return new($"{prefix}.learning.rule", entry.Learning.Rule, "",
            "one of " + string.Join(", ", LearningRules.Registry.Names),
            "the learning rule; changing it resets its options");
        var factory = LearningOptions.Factory(entry.Learning.Rule);
        foreach (var (name, value) in LearningOptions.Effective(entry.Learning))
        {
            var option = factory?.Options.FirstOrDefault(o => o.Name == name);
            yield return new($"{prefix}.learning.{name}", value, "", option is null ? "" : ParameterPaths.OptionRange(option),
                option is null ? "an option of the rule" : $"{entry.Learning.Rule}: {option.Description}");
        }
    }

    public override string SchemaDescription =>
        "the actors: middle powers and great powers choose each round, partners reciprocate; at least one middle or great power";

    public override IEnumerable<(string Key, JsonObject Schema)> IdentitySchema() =>
    [
        ("id", ExperimentSchema.Ref("actorId", "unique actor id: a letter, then letters, digits or _ (required)")),
        ("kind", ExperimentSchema.Enum("middle (chooses among the four archetypes), great (chooses, and its actions act on the system) or partner (does not choose)",
            Enum.GetNames<ActorKind>().Select(k => k.ToLowerInvariant()))),
    ];

    protected override IEnumerable<(string Key, JsonObject Schema)> SchemaExtra() =>
        [("learning", ExperimentSchema.Ref("learning", "the actor's learning rule and its options; partners take none"))];

    // Partners do not choose, so the reader refuses a learning map for them.
    protected override IEnumerable<(JsonObject If, JsonObject Then)> SchemaConditions() =>
    [
        (new JsonObject { ["properties"] = new JsonObject { ["kind"] = ExperimentSchema.Const("partner") }, ["required"] = ExperimentSchema.Strings(["kind"]) },
            new JsonObject { ["properties"] = new JsonObject { ["learning"] = false } }),
    ];

    protected override void AddExtraPathPatterns(JsonObject patterns, string prefixRegex)
    {
        patterns["^" + prefixRegex + @"learning\.rule$"] = ExperimentSchema.Enum("the actor's learning rule; changing it resets its options",
            LearningRules.Registry.Names);
        var learning = (JsonObject)ExperimentSchema.Learning()["properties"]!;
        foreach (var (name, schema) in learning.Where(kv => kv.Key != "rule"))
            patterns["^" + prefixRegex + @"learning\." + Regex.Escape(name) + "$"] = schema!.DeepClone();
    }

    public override IEnumerable<(string Key, string Doc)> IdentityReference =>
    [
        ("id", "unique; a letter, then letters, digits or `_`"),
        ("kind", "`middle`, `great` or `partner` (partners do not choose and take no `learning`)"),
    ];

    public override string ReferenceIntro => "A list of maps. At least one actor must be of kind `middle` or `great`.";

    protected override IEnumerable<string> ReferenceExtra() =>
    [
        $"| `learning.rule` | `actors.<ID>.learning.rule` | word | {LearningSpec.Default.Rule} | {string.Join(", ", LearningRules.Registry.Names)} | the learning rule; changing it resets its options |",
        "| `learning.<option>` | `actors.<ID>.learning.<option>` | see below | see below | see below | an option of the rule |",
    ];

    protected override void ReferenceAfter(StringBuilder md)
    {
        md.AppendLine("Learning rules and their options (options equal to their default are not stored):");
        md.AppendLine();
        md.AppendLine("| rule | option | type | default | range | meaning |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var factory in LearningRules.Registry.Entries)
        {
            foreach (var o in factory.Options)
            {
                var range = o.Kind switch
                {
                    OptionKind.Number => new Bounds(o.Min, o.Max).ToString(),
                    OptionKind.Choice => string.Join(", ", o.Allowed ?? []),
                    _ => "an action of the actor: `balancing:<GP>`, `bandwagoning:<GP>`, `equidistance`, `hedging`",
                };
                md.AppendLine($"| `{factory.Name}` | `{o.Name}` | {o.Kind.ToString().ToLowerInvariant()} | {o.Default} | {range} | {o.Description} |");
            }
        }
        md.AppendLine();
    }

    protected override void Check(ActorSpec a, string prefix, IReadOnlyList<ActorSpec> earlier, ValidationScope scope)
    {
        if (!ParameterValidator.IsActorId(a.Id)) scope.Add($"{prefix}.id", $"'{a.Id}' is not a valid id: a letter, then letters, digits or _");
        if (!CheckDuplicate(a, prefix, earlier, scope)) scope.Kinds.Add(a.Id, a.Kind);
    }

    protected override void CheckAfter(ModelParameters parameters, ActorSpec a, string prefix, ValidationScope scope)
    {
        if (a.Chooses) scope.Problems.AddRange(LearningOptions.Validate(parameters, a));
        else if (!a.Learning.Equals(LearningSpec.Default))
            scope.Add($"{prefix}.learning", "partners do not choose, so they take no learning rule");
    }

    protected override void CheckSection(ModelParameters parameters, ValidationScope scope)
    {
        if (!parameters.Actors.Any(a => a.Chooses)) scope.Add(Key, "at least one actor must be of kind middle or great");
    }
}
