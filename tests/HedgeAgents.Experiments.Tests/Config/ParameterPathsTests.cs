using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Tests.Config;

public class ParameterPathsTests
{
    private static readonly ExperimentConfig Eurasia = ExperimentLoader.LoadFromText(Experiments.Eurasia, "eurasia.yaml");

    private static ModelParameters Set(ModelParameters p, string path, string value) =>
        ParameterPaths.Apply(p, new ParameterAssignment(path, ParameterValue.Parse(value)));

    [Test]
    public void Describe_Experiment_EveryLineIsAUniquePathWithAValue()
    {
        // Given a loaded experiment
        // When it is described
        var lines = ParameterPaths.Describe(Eurasia);

        // Then every line is a dotted path = value, and no path repeats
        Assert.Multiple(() =>
        {
            Assert.That(lines.Select(l => $"{l.Path} = {l.Value}"), Has.All.Match(@"^[A-Za-z][A-Za-z0-9_.-]* = .*$"));
            Assert.That(lines.Select(l => l.Path), Is.Unique);
            Assert.That(lines.Take(8).Select(l => l.Path),
                Is.EqualTo(new[] { "name", "description", "rounds", "burnIn", "replications", "seed", "start", "period" }));
        });
    }

    [TestCase("period", "quarter")]
    [TestCase("start", "2015Q1")]
    [TestCase("seed", "42")]
    [TestCase("actors.KAZ.name", "Kazakhstan")]
    [TestCase("actors.KAZ.openness", "0.6")]
    [TestCase("actors.KAZ.landlocked", "true")]
    [TestCase("actors.KAZ.learning.inertia", "0.2")]
    [TestCase("actors.KAZ.learning.temperature", "0")]
    [TestCase("actors.EUR.learning.action", "balancing:RUS")]
    [TestCase("relations.KAZ.CHN.volatility", "0.2")]
    [TestCase("rivalries.RUS.EUR.intensity", "0.4")]
    [TestCase("threats.RUS.KAZ.proximity", "2")]
    [TestCase("strategies.hedging.split.institutionalization", "0.5")]
    [TestCase("strategies.bandwagoning.share", "0.7")]
    [TestCase("insurance.initial.redundancy", "0.1")]
    [TestCase("shocks.sanctions.imposed", "[RUS]")]
    [TestCase("shocks.coercion.by.RUS", "2")]
    [TestCase("shocks.scale", "1")]
    [TestCase("routes.btk.controller", "null")]
    [TestCase("routes.btk.name", "Baku-Tbilisi-Kars")]
    [TestCase("demand.KAZ.EUR.volume", "15")]
    public void Describe_Experiment_ShowsTheValueInForce(string path, string value)
    {
        // Given the Eurasia experiment
        // When it is described
        var lines = ParameterPaths.Describe(Eurasia).ToDictionary(l => l.Path, l => l.Value);

        // Then the path shows its value in invariant, shortest form
        Assert.That(lines[path], Is.EqualTo(value));
    }

    [Test]
    public void Describe_Partner_HasNoLearningPaths()
    {
        // Given a partner actor
        // When the experiment is described
        var paths = ParameterPaths.Describe(Eurasia).Select(l => l.Path);

        // Then the partner has parameters but no learning
        Assert.That(paths.Where(p => p.StartsWith("actors.TUR.", StringComparison.Ordinal)),
            Has.Some.EqualTo("actors.TUR.power").And.None.Contains("learning"));
    }

    [Test]
    public void Apply_EveryDescribedValue_LeavesTheParametersEqual()
    {
        // Given every model path of the experiment with the value describe printed for it
        var model = ParameterPaths.Describe(Eurasia.Initial);

        // When each is assigned back, one by one
        var p = model.Aggregate(Eurasia.Initial, (acc, line) => Set(acc, line.Path, line.Value));

        // Then the parameters are unchanged
        Assert.That(p, Is.EqualTo(Eurasia.Initial));
    }

    [Test]
    public void LoadFromText_DescribedSettingsAsSets_GiveAnEqualConfig()
    {
        // Given every line of describe as a --set assignment
        var sets = ParameterPaths.Describe(Eurasia).Select(l => $"{l.Path}={l.Value}").ToArray();

        // When the file is loaded again with them
        var reloaded = ExperimentLoader.LoadFromText(Experiments.Eurasia, "eurasia.yaml", sets);

        // Then the configs are equal
        Assert.That(reloaded, Is.EqualTo(Eurasia));
    }

    private static readonly string[] NumberPaths =
    [
        "actors.KAZ.openness", "actors.RUS.power", "actors.KAZ.learning.temperature", "relations.KAZ.CHN.returns",
        "rivalries.RUS.EUR.intensity", "threats.CHN.KAZ.intent", "strategies.hedging.split.procedural",
        "insurance.efficiency", "shocks.disruption.coastal", "shocks.abandonment.by.CHN", "routes.northern.capacity",
        "demand.KAZ.CHN.volume",
    ];

    [Test]
    public void Apply_NumberThroughDescribe_RoundTripsExactly()
    {
        // Given any finite number assigned to one of several numeric paths
        // When the value describe prints is assigned again to the original parameters
        // Then the result is equal: describe's text is exact
        var property = Prop.ForAll<NormalFloat, NonNegativeInt>((x, which) =>
        {
            var path = NumberPaths[which.Get % NumberPaths.Length];
            var assigned = ParameterPaths.Apply(Eurasia.Initial, new ParameterAssignment(path, ParameterValue.Of(x.Get)));
            var printed = ParameterPaths.Describe(assigned).Single(l => l.Path == path).Value;
            var again = Set(Eurasia.Initial, path, printed);
            return assigned == again && ParameterValue.Parse(printed).Number.Equals(x.Get);
        });
        Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    [Test]
    public void Apply_WholeNumberThroughDescribe_RoundTrips()
    {
        // Given a whole number assigned to an integer path
        // When describe's text is assigned again
        // Then it is the same
        var property = Prop.ForAll<NonNegativeInt>(n =>
        {
            var assigned = Set(Eurasia.Initial, "routes.btk.closed", n.Get.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var printed = ParameterPaths.Describe(assigned).Single(l => l.Path == "routes.btk.closed").Value;
            return assigned == Set(Eurasia.Initial, "routes.btk.closed", printed) && assigned.Routes[1].Closed == n.Get;
        });
        Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(100), property);
    }

    [TestCase("actors.KAZ.powr", "1", "unknown key 'powr'; did you mean 'power'?")]
    [TestCase("actors.KZA.power", "1", "unknown actor id 'KZA'; did you mean 'KAZ'?")]
    [TestCase("actors.KAZ.learning.temprature", "1", "rule 'best-response' has no option 'temprature'; did you mean 'temperature'?")]
    [TestCase("actors.KAZ.learning.rule", "q-lerning", "unknown learning rule 'q-lerning'; did you mean 'q-learning'?")]
    [TestCase("actors.TUR.learning.rule", "fixed", "'TUR' is a partner: partners do not choose, so they take no learning rule")]
    [TestCase("strategies.hedging.cpa", "1", "unknown key 'cpa'; did you mean 'cap'?")]
    [TestCase("strategies.hedging.split.redundncy", "1", "unknown key 'redundncy'; did you mean 'redundancy'?")]
    [TestCase("insurnace.efficiency", "1", "unknown key 'insurnace'; did you mean 'insurance'?")]
    [TestCase("shocks.coercion.hazrd", "1", "unknown key 'hazrd'; did you mean 'hazard'?")]
    [TestCase("shocks.cercion.hazard", "1", "unknown key 'cercion'; did you mean 'coercion'?")]
    [TestCase("shocks.coercion", "1", "incomplete path; continue with one of: hazard, severity, provocation, by")]
    [TestCase("relations.KAZ.TUR.retruns", "1", "unknown key 'retruns'; did you mean 'returns'?")]
    [TestCase("relations.CHN.KAZ.returns", "1", "there is no relation CHN -> KAZ; add it under 'relations' in the file before setting its parameters")]
    [TestCase("routes.dostyk.capacity", "1", "unknown route id 'dostyk'; valid: northern, btk; routes are added under 'routes' in the file")]
    [TestCase("rounds", "10", "'rounds' is an experiment setting, not a model parameter: it cannot change during a run (set it at the top level or with --set)")]
    [TestCase("actors.KAZ.power", "two", "expected a number, got 'two'")]
    [TestCase("actors.KAZ.landlocked", "1", "expected true or false, got 1")]
    [TestCase("shocks.disruption.duration", "2.5", "expected a whole number, got 2.5")]
    [TestCase("actors.KAZ.name", "[a, b]", "expected a single value, got the list [a, b]")]
    public void Apply_InvalidPathOrValue_ThrowsWithSuggestion(string path, string value, string message)
    {
        // Given an assignment that names nothing or has the wrong type
        // When it is applied
        var e = Assert.Throws<ParameterPathException>(() => Set(Eurasia.Initial, path, value));

        // Then the exception says what is wrong and what was probably meant
        Assert.That((e!.Path, e.Problem), Is.EqualTo((path, message)));
    }

    [Test]
    public void Apply_RivalryInReverseOrder_ChangesTheExistingRivalry()
    {
        // Given the rivalry RUS-EUR
        // When it is set as EUR.RUS
        var p = Set(Eurasia.Initial, "rivalries.EUR.RUS.intensity", "0.9");

        // Then the one rivalry changes, none is added
        Assert.That(p.Rivalries, Is.EqualTo(new[] { new RivalrySpec("RUS", "EUR", 0.9) }));
    }

    [Test]
    public void Apply_AbsentThreat_CreatedWithNeutralFactors()
    {
        // Given no threat from CHN to KAZ
        // When one factor is set
        var p = Set(Eurasia.Initial, "threats.CHN.KAZ.intent", "3");

        // Then the threat exists with the other factors at 1
        Assert.That(p.Threats[^1], Is.EqualTo(new ThreatSpec("CHN", "KAZ", 1, 1, 1, 3)));
    }

    [Test]
    public void Apply_NewRule_ResetsOptionsToTheNewRulesDefaults()
    {
        // Given KAZ on best response with inertia 0.2
        // When its rule changes to q-learning
        var learning = Set(Eurasia.Initial, "actors.KAZ.learning.rule", "q-learning").Actor("KAZ")!.Learning;

        // Then the best-response option is gone
        Assert.That(learning, Is.EqualTo(new LearningSpec("q-learning", System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty)));
    }

    [Test]
    public void Apply_OptionToItsDefault_StoresNoOption()
    {
        // Given KAZ with inertia 0.2
        // When inertia is set back to the rule's default
        var learning = Set(Eurasia.Initial, "actors.KAZ.learning.inertia", "0").Actor("KAZ")!.Learning;

        // Then the spec is in canonical form: no options
        Assert.That(learning, Is.EqualTo(LearningSpec.Default));
    }

    [Test]
    public void Apply_ShockMultiplier_AddsToTheMap()
    {
        // Given no disruption multiplier
        // When one is set for RUS
        var p = Set(Eurasia.Initial, "shocks.disruption.by.RUS", "1.5");

        // Then the map has it
        Assert.That(p.Shocks.Disruption.By, Is.EquivalentTo(new Dictionary<string, double> { ["RUS"] = 1.5 }));
    }

    [Test]
    public void ParameterValidator_AfterApply_FindsTheRangeProblem()
    {
        // Given an out-of-range value applied by path (Apply checks types, not ranges)
        var p = Set(Eurasia.Initial, "strategies.hedging.cap", "0");

        // When the parameters are validated
        var problems = ParameterValidator.Validate(p);

        // Then the problem is named by its path
        Assert.That(problems, Is.EqualTo(new[] { new ParameterProblem("strategies.hedging.cap", "must be in (0, 1], got 0") }));
    }

    [Test]
    public void Apply_HazardScale_SetsItAndTheValidatorBoundsIt()
    {
        // Given the hazard scale set to 2, and to −1
        var doubled = Set(Eurasia.Initial, "shocks.scale", "2");
        var negative = Set(Eurasia.Initial, "shocks.scale", "-1");

        // When both are validated
        // Then 2 is kept and valid, −1 is named by its path
        Assert.Multiple(() =>
        {
            Assert.That(doubled.Shocks.Scale, Is.EqualTo(2.0));
            Assert.That(ParameterValidator.Validate(doubled), Is.Empty);
            Assert.That(ParameterValidator.Validate(negative).Select(p => p.Path), Is.EqualTo(new[] { "shocks.scale" }));
        });
    }

    [Test]
    public void Load_ScaleUnderShocks_ReadsIt()
    {
        // Given an experiment whose shocks section sets the scale beside the kinds
        var text = Experiments.Eurasia.Replace("shocks:\n", "shocks:\n  scale: 0.5\n");
        Assume.That(text, Is.Not.EqualTo(Experiments.Eurasia));

        // When it is loaded
        var config = ExperimentLoader.LoadFromText(text, "scaled.yaml");

        // Then the scale is in force
        Assert.That(config.Initial.Shocks.Scale, Is.EqualTo(0.5));
    }
}
