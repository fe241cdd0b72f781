using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Cli.Tests;

/// <summary><c>hedge schema</c> and <c>experiments/schema.json</c>: up to date, accepted by every shipped experiment,
/// not vacuous (it refuses what the loader refuses), and covering every parameter path describe lists.</summary>
public class SchemaCommandTests
{
    private const string SchemaLine = "# yaml-language-server: $schema=schema.json";
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));
    private static readonly Lazy<JsonObject> SchemaJson = new(() => JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject());

    private static string SchemaPath => Path.Combine(Repo.Root, "experiments", "schema.json");

    /// <summary>Every experiment file shipped in experiments/ (study.yaml and games/ are other formats).</summary>
    public static IEnumerable<string> ShippedExperiments() =>
        Directory.GetFiles(Path.Combine(FindRoot(), "experiments"), "*.yaml")
            .Select(Path.GetFileName).Where(f => f != "study.yaml").Order(StringComparer.Ordinal)!;

    [Test]
    public void Schema_CommittedFile_EqualsGeneratedOutput()
    {
        // Given the committed schema; When hedge schema prints the schema of today's config tables
        var (exit, output, _) = Repo.Hedge("schema");

        // Then they are the same bytes
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(File.ReadAllText(SchemaPath), Is.EqualTo(output),
            "experiments/schema.json is out of date; regenerate it with: hedge schema --out experiments/schema.json " +
            "(from the repository root: dotnet run --project src/HedgeAgents.Cli -- schema --out experiments/schema.json)");
    }

    [Test]
    public void Schema_WithOut_WritesTheSameTextAtomically()
    {
        // Given a folder that does not exist yet
        var dir = Repo.TempDir();
        var file = Path.Combine(dir, "sub", "schema.json");
        try
        {
            // When the schema is written with --out
            var (exit, output, err) = Repo.Hedge("schema", "--out", file);

            // Then the file holds what stdout would, nothing is printed to stdout, and no temporary file is left
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(output, Is.Empty);
            Assert.That(err, Does.Contain(file));
            Assert.That(File.ReadAllText(file), Is.EqualTo(Repo.Hedge("schema").Out));
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(file)!), Has.Length.EqualTo(1));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Schema_Itself_IsADraft202012SchemaThatDescribesEveryKey()
    {
        // Given the generated schema; When every property schema is visited
        var missing = new List<string>();
        void Visit(JsonNode? node, string where)
        {
            if (node is not JsonObject obj) return;
            if (obj["properties"] is JsonObject properties)
                foreach (var (key, child) in properties)
                    if (child is JsonObject c && c["description"] is null && c.Count > 0) missing.Add($"{where}/{key}");
            // An `if` only selects a branch; its subschemas are never shown on hover.
            foreach (var (key, child) in obj.Where(kv => kv.Key != "if"))
            {
                if (child is JsonArray array)
                    foreach (var item in array) Visit(item, $"{where}/{key}");
                else Visit(child, $"{where}/{key}");
            }
        }
        var schema = SchemaJson.Value;
        Visit(schema, "#");

        // Then it names draft 2020-12, refuses unknown top-level keys, and every key has a description for hovers
        Assert.That(schema["$schema"]!.GetValue<string>(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
        Assert.That(schema["additionalProperties"]!.GetValue<bool>(), Is.False);
        Assert.That(missing, Is.Empty, "keys without a description");
    }

    [TestCaseSource(nameof(ShippedExperiments))]
    public void ShippedExperiment_FirstLine_ReferencesTheSchema(string file)
    {
        // Given a shipped experiment; When its first line is read
        var first = File.ReadLines(Repo.Experiment(file)).First();

        // Then it points yaml-language-server at the schema beside it
        Assert.That(first, Is.EqualTo(SchemaLine));
    }

    [TestCaseSource(nameof(ShippedExperiments))]
    public void ShippedExperiment_ValidatesAgainstTheSchema(string file)
    {
        // Given a shipped experiment read as YAML 1.2 (numbers, booleans and nulls typed)
        var instance = YamlToJson(File.ReadAllText(Repo.Experiment(file)));

        // When the schema evaluates it
        var result = Evaluate(instance);

        // Then it is valid
        Assert.That(result.IsValid, Is.True, Errors(result));
    }

    /// <summary>Each mutation of the baseline: a JSON pointer to the map, the key, and the value (JSON) it gets.</summary>
    private static IEnumerable<TestCaseData> Mutations()
    {
        TestCaseData Case(string name, string parent, string key, JsonNode? value) =>
            new TestCaseData(parent, key, value?.ToJsonString()).SetName($"Schema_Mutated_{name}_IsRejectedLikeTheLoader");

        yield return Case("TypoedTopLevelKey", "", "round", 64);
        yield return Case("TypoedActorKey", "/actors/0", "powr", 1);
        yield return Case("TypoedShockKey", "/shocks/sanctions", "hazzard", 0.1);
        yield return Case("TypoedSweepKey", "/sweep", "desing", "grid");
        yield return Case("TypoedPlotKey", "/plots/0", "actr", "KAZ");
        yield return Case("TypoedEventPath", "/events/0/set", "shocks.sanction.hazard", 0.3);
        yield return Case("TypoedSweepPath", "/sweep/parameters", "actors.KAZ.riskAverson", new JsonArray(1, 2));
        yield return Case("OptionOfAnotherRule", "/actors/0/learning", "alpha", 0.1);
        yield return Case("StringForNumber", "/actors/0", "power", "large");
        yield return Case("StringForInteger", "", "rounds", "sixty-four");
        yield return Case("FractionForInteger", "/shocks/disruption", "duration", 1.5);
        yield return Case("StringForBoolean", "/actors/0", "landlocked", "yes");
        yield return Case("OpennessAboveOne", "/actors/0", "openness", 1.5);
        yield return Case("NegativeReturns", "/relations/0", "returns", -0.1);
        yield return Case("CapZeroOpenBound", "/strategies/hedging", "cap", 0);
        yield return Case("InsuranceOneOpenBound", "/strategies/hedging", "insurance", 1);
        yield return Case("RoundsZero", "", "rounds", 0);
        yield return Case("EventValueOutOfRange", "/events/0/set", "shocks.coercion.hazard", 2);
        yield return Case("LearningOptionOutOfRange", "/actors/0/learning", "inertia", 1.5);
        yield return Case("UnknownPeriod", "", "period", "week");
        yield return Case("UnknownActorKind", "/actors/0", "kind", "superpower");
        yield return Case("UnknownLearningRule", "/actors/0/learning", "rule", "gradient-descent");
        yield return Case("UnknownDesign", "/sweep", "design", "random");
        yield return Case("UnknownFigureKind", "/plots/0", "kind", "pie");
        yield return Case("SamplesOnAGrid", "/sweep", "samples", 10);
        yield return Case("DeltaOnAGrid", "/sweep", "delta", 1);
        yield return Case("LearningOnAPartner", "/actors/5", "learning", new JsonObject { ["rule"] = "fixed" });
        yield return Case("MetricOnShares", "/plots/0", "metric", "mean_payoff");
        yield return Case("WordListedTwiceOnATextAxis", "/sweep/parameters", "actors.KAZ.learning.rule", new JsonArray("fixed", "fixed"));
        yield return Case("EmptyListOfValues", "/sweep/parameters", "actors.KAZ.riskAversion", new JsonArray());
    }

    [TestCaseSource(nameof(Mutations))]
    public void Schema_Mutated_IsRejectedLikeTheLoader(string parent, string key, string? valueJson)
    {
        // Given the baseline as JSON, accepted by both the schema and the loader (JSON is YAML)
        var baseline = YamlToJson(Repo.ExperimentText("kazakhstan-baseline.yaml"));
        Assert.That(Evaluate(baseline).IsValid, Is.True, "the unmutated baseline must validate");
        Assert.That(ValidateWithLoader(baseline).Exit, Is.EqualTo(0), "the unmutated baseline as JSON must load");

        // When one key is set to a value the loader refuses
        var mutated = baseline.DeepClone().AsObject();
        var target = parent.Length == 0 ? mutated : Resolve(mutated, parent);
        target[key] = valueJson is null ? null : JsonNode.Parse(valueJson);
        var result = Evaluate(mutated);
        var loader = ValidateWithLoader(mutated);

        // Then the loader refuses it with exit 2, and so does the schema
        Assert.That(loader.Exit, Is.EqualTo(2), loader.Err);
        Assert.That(result.IsValid, Is.False, $"the schema accepted what the loader refuses: {loader.Err}");
    }

    /// <summary>Forms the loader accepts that a careless schema would refuse.</summary>
    private static IEnumerable<TestCaseData> AcceptedVariants()
    {
        TestCaseData Case(string name, string parent, string key, JsonNode? value) =>
            new TestCaseData(parent, key, value?.ToJsonString() ?? "null").SetName($"Schema_Variant_{name}_IsAcceptedLikeTheLoader");

        yield return Case("EmptyDescription", "", "description", null);
        yield return Case("EmptyEventLabel", "/events/0", "label", null);
        yield return Case("SingleWordForAList", "/shocks/sanctions", "imposed", "RUS");
        yield return Case("ControllerNull", "/routes/0", "controller", null);
        yield return Case("ControllerNone", "/routes/0", "controller", "none");
        yield return Case("ShockByMap", "/shocks/coercion", "by", new JsonObject { ["RUS"] = 2 });
        yield return Case("StartAsYear", "", "start", 2015);
        yield return Case("TextAxisOfRules", "/sweep/parameters", "actors.KAZ.learning.rule", new JsonArray("best-response", "fictitious-play"));
    }

    [TestCaseSource(nameof(AcceptedVariants))]
    public void Schema_Variant_IsAcceptedLikeTheLoader(string parent, string key, string valueJson)
    {
        // Given the baseline with one key in another form the reader allows
        var baseline = YamlToJson(Repo.ExperimentText("kazakhstan-baseline.yaml"));
        (parent.Length == 0 ? baseline : Resolve(baseline, parent))[key] = JsonNode.Parse(valueJson);
        if (key == "start")
        {
            // A year's label is a bare number; the baseline's quarter-labelled events go with the quarters.
            baseline["period"] = "year";
            baseline.Remove("events");
        }

        // When the loader and the schema check it
        var loader = ValidateWithLoader(baseline);
        var result = Evaluate(baseline);

        // Then both accept it
        Assert.That(loader.Exit, Is.EqualTo(0), loader.Err);
        Assert.That(result.IsValid, Is.True, Errors(result));
    }

    [TestCase("shocks", """{"coercion": {"hazard": 0.1}}""")]
    [TestCase("shocks.coercion", """{"hazard": 0.1}""")]
    [TestCase("actors.KAZ", """{"learning": {"inertia": 0.2}}""")]
    public void Schema_EventSetNestedMap_IsAcceptedLikeTheLoader(string key, string nestedJson)
    {
        // Given the baseline with an event that sets a path through nested maps instead of one dotted key
        var baseline = YamlToJson(Repo.ExperimentText("kazakhstan-baseline.yaml"));
        Resolve(baseline, "/events/0/set")[key] = JsonNode.Parse(nestedJson);

        // When the loader and the schema check it
        var loader = ValidateWithLoader(baseline);
        var result = Evaluate(baseline);

        // Then both accept it: the schema's path patterns do not refuse the nested form
        Assert.That(loader.Exit, Is.EqualTo(0), loader.Err);
        Assert.That(result.IsValid, Is.True, Errors(result));
    }

    [TestCaseSource(nameof(ShippedExperiments))]
    public void ShippedExperiment_EveryDescribedPath_IsCoveredByTheSchema(string file)
    {
        // Given every parameter path hedge describe lists for a shipped experiment
        var (exit, output, err) = Repo.Hedge("describe", Repo.Experiment(file));
        Assert.That(exit, Is.EqualTo(0), err);
        var paths = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(" = ", StringComparison.Ordinal)]).ToList();
        var setPatterns = SchemaJson.Value["$defs"]!["set"]!["patternProperties"]!.AsObject().Select(kv => new Regex(kv.Key)).ToList();

        // When each path is walked through the schema's keys, and matched against the paths an event or a sweep may set
        var unwalked = paths.Where(p => Walk(p) is not { } leaf || leaf["description"] is null).ToList();
        var unmatched = paths.Where(p => !IsHeader(p) && setPatterns.Count(r => r.IsMatch(p)) != 1).ToList();

        // Then every path ends at a described scalar, and every model path matches exactly one settable pattern
        Assert.That(paths, Has.Count.GreaterThan(10));
        Assert.That(unwalked, Is.Empty, "paths the schema's keys do not reach");
        Assert.That(unmatched, Is.Empty, "model paths an event's set map or a sweep would not accept (or accept twice)");
    }

    private static bool IsHeader(string path) => !path.Contains('.');

    // Walks a dotted path through the schema's properties: list sections skip their id segments, learning options are
    // found in the branch of their rule, shocks.<kind>.by.<ID> through the map's value schema.
    private static JsonObject? Walk(string path)
    {
        var idSegments = new Dictionary<string, int>
        {
            ["actors"] = 1, ["routes"] = 1, ["coalitions"] = 1, ["relations"] = 2, ["threats"] = 2, ["demand"] = 2, ["rivalries"] = 2,
        };
        var s = path.Split('.');
        JsonObject node = SchemaJson.Value;
        for (var i = 0; i < s.Length; i++)
        {
            node = Deref(node);
            if (node["items"] is JsonObject items) node = Deref(items);
            JsonObject? next = node["properties"]?[s[i]] as JsonObject;
            if (next is null && node["allOf"] is JsonArray branches)
                next = branches.Select(b => b?["then"]?["properties"]?[s[i]]).OfType<JsonObject>().FirstOrDefault();
            if (next is null && node["additionalProperties"] is JsonObject values && node["propertyNames"] is not null) next = values;
            if (next is null) return null;
            node = next;
            if (idSegments.TryGetValue(s[i], out var skip) && i == 0) i += skip;
        }
        node = Deref(node);
        return node["type"] is not null || node["enum"] is not null ? node : null;
    }

    private static JsonObject Deref(JsonObject node) =>
        node["$ref"]?.GetValue<string>() is { } r ? Resolve(SchemaJson.Value, r.TrimStart('#')) : node;

    private static JsonObject Resolve(JsonObject root, string pointer)
    {
        JsonNode node = root;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            node = node is JsonArray a ? a[int.Parse(part)]! : node[part.Replace("~1", "/").Replace("~0", "~")]!;
        return node.AsObject();
    }

    private static EvaluationResults Evaluate(JsonNode instance)
    {
        using var doc = JsonDocument.Parse(instance.ToJsonString());
        return Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    private static (int Exit, string Err) ValidateWithLoader(JsonNode instance)
    {
        var dir = Repo.TempDir();
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "mutated.yaml");
            File.WriteAllText(file, instance.ToJsonString());
            var (exit, _, err) = Repo.Hedge("validate", file);
            return (exit, err);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>A YAML document as JSON under the YAML 1.2 core schema, as yaml-language-server reads it: plain
    /// scalars that are numbers, booleans or nulls become those; everything else, and every quoted scalar, a string.</summary>
    internal static JsonObject YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode)!.AsObject();
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, Convert(kv.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any)) return text;
        if (text is "" or "~" or "null" or "Null" or "NULL") return null;
        if (text is "true" or "True" or "TRUE") return true;
        if (text is "false" or "False" or "FALSE") return false;
        if (Regex.IsMatch(text, @"^[-+]?[0-9]+$") && long.TryParse(text, out var integer)) return integer;
        if (Regex.IsMatch(text, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"))
            return double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return text;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HedgeAgents.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("HedgeAgents.sln not found above the test directory");
    }
}
