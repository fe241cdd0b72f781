using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Tests.Config;

public class ExperimentLoaderErrorTests
{
    private const string Base = """
        name: typos
        actors:
          - id: KAZ
            kind: middle
          - id: RUS
            kind: great
        relations:
          - {from: KAZ, to: RUS}
        """;

    [TestCase("replicatons: 3", 10, 1, "replicatons", "replications")]
    [TestCase("strategies:\n  hedgng: {cap: 0.3}", 11, 3, "strategies.hedgng", "hedging")]
    [TestCase("strategies:\n  hedging: {cpa: 0.3}", 11, 13, "strategies.hedging.cpa", "cap")]
    [TestCase("shocks:\n  coercion: {hazrd: 0.1}", 11, 14, "shocks.coercion.hazrd", "hazard")]
    [TestCase("insurance:\n  intial: {redundancy: 0.1}", 11, 3, "insurance.intial", "initial")]
    public void LoadFromText_MisspeltKey_ErrorAtTheKeyWithNearestValidKey(string extra, int line, int column, string key, string suggestion)
    {
        // Given a valid file plus one misspelt key at a known position (Base is 8 lines, then a blank line)
        var yaml = Base + "\n\n" + extra;

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then the error points at the key and suggests the nearest valid one
        Assert.That(error, Is.EqualTo(new ConfigError("test.yaml", line, column, key,
            $"unknown key '{key.Split('.')[^1]}'; did you mean '{suggestion}'?")));
    }

    [Test]
    public void LoadFromText_MisspeltActorKey_ErrorAtItsLineAndColumn()
    {
        // Given an actor whose riskAversion is misspelt on line 5, column 5
        var yaml = """
            name: typo
            actors:
              - id: KAZ
                kind: middle
                riskAversoin: 2
            """;

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then the error is where the key is written, with the suggestion
        Assert.That(error.ToString(),
            Is.EqualTo("test.yaml:5:5: actors.KAZ.riskAversoin: unknown key 'riskAversoin'; did you mean 'riskAversion'?"));
    }

    [Test]
    public void LoadFromText_SeveralProblems_AllReportedAtOnceInFileOrder()
    {
        // Given a file with a type error, a typo, a duplicate id, an unknown id and an out-of-range value
        var yaml = """
            name: many
            rounds: abc
            actors:
              - id: KAZ
                kind: middle
                opennes: 0.4
              - id: KAZ
                kind: great
              - id: RUS
                kind: great
            relations:
              - {from: KAZ, to: RSU}
            shocks:
              sanctions: {hazard: 1.5}
            """;

        // When it is loaded
        var errors = Load.Errors(yaml);

        // Then every problem is reported, each at its own line, in file order
        Assert.That(errors.Select(e => (e.Line, e.Key)), Is.EqualTo(new[]
        {
            (2, "rounds"),
            (6, "actors.KAZ.opennes"),
            (7, "actors.KAZ.id"),
            (12, "relations.KAZ.RSU.to"),
            (14, "shocks.sanctions.hazard"),
        }));
    }

    [TestCase("1.5")]
    [TestCase("-0.1")]
    public void LoadFromText_HazardOutOfRange_ErrorAtTheValue(string hazard)
    {
        // Given a sanctions hazard outside [0, 1]
        var yaml = Base + $"\nshocks:\n  sanctions:\n    hazard: {hazard}";

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then the error is at the value and states the range
        Assert.That(error, Is.EqualTo(new ConfigError("test.yaml", 11, 13, "shocks.sanctions.hazard", $"must be in [0, 1], got {hazard}")));
    }

    [TestCase("openness: 1.2", "actors.KAZ.openness", "must be in [0, 1], got 1.2")]
    [TestCase("power: 0", "actors.KAZ.power", "must be > 0, got 0")]
    [TestCase("riskAversion: -1", "actors.KAZ.riskAversion", "must be >= 0, got -1")]
    [TestCase("power: strong", "actors.KAZ.power", "expected a number, got 'strong'")]
    [TestCase("landlocked: maybe", "actors.KAZ.landlocked", "expected true or false, got 'maybe'")]
    public void LoadFromText_BadActorValue_ErrorNamesThePath(string line, string key, string message)
    {
        // Given an actor with one bad value on line 5
        var yaml = $"name: x\nactors:\n  - id: KAZ\n    kind: middle\n    {line}\n";

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then the error names the parameter path and the problem
        Assert.That((error.Line, error.Key, error.Message), Is.EqualTo((5, key, message)));
    }

    [Test]
    public void LoadFromText_RelationToUnknownActor_ErrorAtTheIdWithSuggestion()
    {
        // Given a relation to RSU, a typo of RUS
        var yaml = Base.Replace("{from: KAZ, to: RUS}", "{from: KAZ, to: RSU}");

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then the error is at the 'to' value
        Assert.That(error, Is.EqualTo(new ConfigError("test.yaml", 8, 21, "relations.KAZ.RSU.to", "unknown actor id 'RSU'; did you mean 'RUS'?")));
    }

    [Test]
    public void LoadFromText_DuplicateActorId_ErrorAtTheSecondId()
    {
        // Given KAZ defined twice, the second time on line 7
        var yaml = Base.Replace("relations:", "  - id: KAZ\n    kind: great\nrelations:");

        // When it is loaded
        var errors = Load.Errors(yaml);

        // Then the second definition is the error
        Assert.That(errors.Single(), Is.EqualTo(new ConfigError("test.yaml", 7, 9, "actors.KAZ.id", "duplicate actor id 'KAZ'")));
    }

    [TestCase("{rule: q-lerning}", "actors.KAZ.learning.rule", "unknown learning rule 'q-lerning'; did you mean 'q-learning'?")]
    [TestCase("{rule: best-response, temprature: 0.1}", "actors.KAZ.learning.temprature",
        "rule 'best-response' has no option 'temprature'; did you mean 'temperature'?")]
    [TestCase("{rule: best-response, inertia: 2}", "actors.KAZ.learning.inertia", "must be in [0, 1], got 2")]
    [TestCase("{rule: best-response, inertia: high}", "actors.KAZ.learning.inertia", "expected a number, got 'high'")]
    [TestCase("{rule: q-learning, exploration: greedy}", "actors.KAZ.learning.exploration",
        "unknown value 'greedy'; valid: boltzmann, epsilon-greedy")]
    [TestCase("{rule: fixed, action: 'bandwagoning:USA'}", "actors.KAZ.learning.action",
        "action 'bandwagoning:USA' is not available to KAZ; valid: balancing:RUS, bandwagoning:RUS, equidistance, hedging")]
    public void LoadFromText_BadLearning_ErrorWithValidChoices(string learning, string key, string message)
    {
        // Given a middle power with a bad learning rule, option or action
        var yaml = Base.Replace("kind: middle", $"kind: middle\n    learning: {learning}");

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then the error names the option and lists or suggests the valid ones
        Assert.That((error.Line, error.Key, error.Message), Is.EqualTo((5, key, message)));
    }

    [Test]
    public void LoadFromText_FixedRuleWithValidAction_StoresTheAction()
    {
        // Given a fixed rule holding bandwagoning with RUS
        var yaml = Base.Replace("kind: middle", "kind: middle\n    learning: {rule: fixed, action: 'bandwagoning:RUS'}");

        // When it is loaded
        var learning = ExperimentLoader.LoadFromText(yaml, "t.yaml").Initial.Actor("KAZ")!.Learning;

        // Then the rule and action are stored as invariant text
        Assert.That((learning.Rule, learning.Text("action", "")), Is.EqualTo(("fixed", "bandwagoning:RUS")));
    }

    [Test]
    public void LoadFromText_PartnerWithLearning_Error()
    {
        // Given a partner with a learning rule
        var yaml = Base.Replace("relations:", "  - id: TUR\n    kind: partner\n    learning: {rule: fixed}\nrelations:");

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then partners are said not to choose
        Assert.That((error.Line, error.Key, error.Message),
            Is.EqualTo((9, "actors.TUR.learning", "partners do not choose, so they take no learning rule")));
    }

    [TestCase("rivalries:\n  - {between: [KAZ, RUS]}", "rivalries.KAZ.RUS.between", "'KAZ' is a middle actor, not a great power")]
    [TestCase("threats:\n  - {from: KAZ, to: RUS}", "threats.KAZ.RUS.from", "'KAZ' is a middle actor, not a great power")]
    [TestCase("relations2: []", "relations2", "unknown key 'relations2'; did you mean 'relations'?")]
    [TestCase("burnIn: 100", "burnIn", "must be less than rounds (100), got 100")]
    [TestCase("period: quarter\nstart: 2015-01", "start", "'2015-01' is not a quarter like 2015Q1 (period: quarter)")]
    [TestCase("period: weekly", "period", "unknown value 'weekly'; valid: quarter, year, month, round")]
    [TestCase("seed: -1", "seed", "expected a non-negative whole number (64-bit), got -1")]
    [TestCase("strategies:\n  hedging:\n    split: {procedural: 0.5}", "strategies.hedging.split",
        "the three shares must sum to 1 (within 1e-6), got 1.1666666666666665")]
    [TestCase("routes:\n  - {id: r1, actor: KAZ, serves: KAZ, capacity: 1}", "routes.r1.serves",
        "a route serves a counterparty of its actor, not 'KAZ' itself")]
    [TestCase("routes:\n  - {id: r1, actor: KAZ, serves: RUS}", "routes.r1.capacity",
        "missing required key 'capacity' (capacity per year (Mt); 0 = not built yet)")]
    [TestCase("shocks:\n  sanctions: {imposedBy: [KAZ]}", "shocks.sanctions.imposedBy", "'KAZ' is a middle actor, not a great power")]
    [TestCase("shocks:\n  coercion: {by: {CHN: 2}}", "shocks.coercion.by.CHN", "unknown actor id 'CHN'; valid: KAZ, RUS")]
    public void LoadFromText_InvalidSection_ErrorNamesThePath(string extra, string key, string message)
    {
        // Given a valid file plus one invalid section
        var yaml = Base + "\n" + extra;

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then the error names the path and the rule broken
        Assert.That((error.Key, error.Message), Is.EqualTo((key, message)));
    }

    [Test]
    public void LoadFromText_NoChoosingActor_Error()
    {
        // Given only partners
        var yaml = "name: x\nactors:\n  - {id: TUR, kind: partner}\n";

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then at least one middle or great power is required, blamed on the actors key
        Assert.That(error, Is.EqualTo(new ConfigError("test.yaml", 2, 1, "actors", "at least one actor must be of kind middle or great")));
    }

    [Test]
    public void LoadFromText_MissingNameAndActors_BothReported()
    {
        // Given a file with neither required key
        var yaml = "rounds: 10\n";

        // When it is loaded
        var errors = Load.Errors(yaml);

        // Then both are missing
        Assert.That(errors.Select(e => e.Key), Is.EquivalentTo(new[] { "name", "actors", "actors" }));
    }

    [Test]
    public void LoadFromText_YamlSyntaxError_OneErrorWithPosition()
    {
        // Given broken YAML
        var yaml = "name: x\nactors: [\n";

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then the parser's position is reported
        Assert.That((error.File, error.Key, error.Line), Is.EqualTo(("test.yaml", "yaml", 3)));
    }

    [Test]
    public void LoadFromText_BracketLeftOpenBeforeNextKey_LocatesTheBracket()
    {
        // Given a flow list left open with another key after it (YamlDotNet throws without a position here)
        var yaml = "name: x\nactors: [a\nrounds: 3\n";

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then the open bracket is named where it stands
        Assert.That(error.ToString(), Is.EqualTo("test.yaml:2:9: yaml: this '[' is not closed; YAML cannot read the lines after it"));
    }

    [Test]
    public void ConfigError_ToString_IsCompilerStyle()
    {
        // Given an error
        var error = new ConfigError("exp.yaml", 12, 5, "actors.KAZ.power", "must be > 0, got 0");

        // When it is formatted
        // Then it reads file:line:col: key: message
        Assert.That(error.ToString(), Is.EqualTo("exp.yaml:12:5: actors.KAZ.power: must be > 0, got 0"));
    }

    [Test]
    public void Load_MissingFile_ConfigExceptionNamingTheFile()
    {
        // Given a path that does not exist
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "no-such-experiment.yaml");

        // When it is loaded
        var e = Assert.Throws<ConfigException>(() => ExperimentLoader.Load(path));

        // Then the error names the file
        Assert.That(e!.Errors.Single().File, Is.EqualTo(path));
    }
}
