using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Sweeps;

namespace HedgeAgents.Experiments.Tests.Sweeps;

/// <summary>Text (categorical) values on a grid's list axis: a fixed action or a learning rule swept like a number,
/// every mistake refused before anything runs, at the value's own line.</summary>
public class TextAxisTests
{
    // KAZ holds a fixed action, so its learning.action is a path of the experiment; lines 1–14, the sweep from 15.
    // The fixed rule's default action is equidistance, which a spec does not store (one canonical form).
    private const string Base = """
        name: text-axis
        actors:
          - id: KAZ
            kind: middle
            learning: {rule: fixed, action: hedging}
          - id: RUS
            kind: great
          - id: CHN
            kind: great
        relations:
          - {from: KAZ, to: RUS}
          - {from: KAZ, to: CHN}
        rounds: 8
        replications: 2
        """;

    private static ExperimentConfig Load(string sweep) => ExperimentLoader.LoadFromText(Base + "\n" + sweep, "test.yaml");

    private static IReadOnlyList<ConfigError> Errors(string sweep) => Assert.Throws<ConfigException>(() => Load(sweep))!.Errors;

    [Test]
    public void Load_ActionsListed_ATextAxisInTheOrderListedThatSetsEachAction()
    {
        // Given a grid over KAZ's fixed action (quoted and plain words) and a numeric axis
        var config = Load("""
            sweep:
              design: grid
              parameters:
                actors.KAZ.learning.action: [hedging, equidistance, "bandwagoning:CHN", "balancing:RUS"]
                shocks.sanctions.hazard: [0, 0.2]
            """);

        // When the plan is laid out
        var plan = new SweepPlan(config);
        var action = config.Sweep!.Parameters[0];

        // Then the action axis holds the words in order, the grid has 4 × 2 points with the last axis fastest,
        // each point sets its action as --set would, and runs.csv shows the word
        Assert.That((action.IsText, action.Labels), Is.EqualTo((true, new[] { "hedging", "equidistance", "bandwagoning:CHN", "balancing:RUS" })));
        Assert.That(plan.Points, Is.EqualTo(8));
        Assert.That(plan.TextPaths, Is.EquivalentTo(new[] { "actors.KAZ.learning.action" }));
        var values = new double[2];
        var seen = new List<string>();
        for (var p = 0L; p < plan.Points; p++)
        {
            plan.ValuesAt(p, values);
            var kaz = plan.SpecAt(values).Initial.Actors.Single(a => a.Id == "KAZ");
            seen.Add(kaz.Learning.Text("action", "equidistance"));
            Assert.That(plan.FieldsAt(values), Is.EqualTo($"{action.Labels[(int)values[0]]},{HedgeAgents.Experiments.Output.Csv.Number(values[1])},"));
        }
        Assert.That(seen, Is.EqualTo(new[] { "hedging", "hedging", "equidistance", "equidistance", "bandwagoning:CHN", "bandwagoning:CHN", "balancing:RUS", "balancing:RUS" }));
    }

    [Test]
    public void Load_RuleAndItsOptionSwept_ACombinationThatDoesNotApplyIsRefusedAtTheOption()
    {
        // Given KAZ's fixed action swept together with its rule, best response among the rules
        var error = Errors("""
            sweep:
              parameters:
                actors.KAZ.learning.action: [hedging, equidistance]
                actors.KAZ.learning.rule: [fixed, best-response]
            """).Single();

        // Then the action is refused before anything runs: best response takes no action
        Assert.That((error.Key, error.Line), Is.EqualTo(("sweep.parameters.actors.KAZ.learning.action", 17)));
        Assert.That(error.Message, Does.Contain("value 'hedging' does not apply when actors.KAZ.learning.rule is 'best-response'")
            .And.Contain("has no option 'action'"));
    }

    [Test]
    public void Load_RulesListed_ATextAxisOfRules()
    {
        // Given a sweep over learning rules / Then each point's actor learns by its rule
        var plan = new SweepPlan(Load("sweep:\n  parameters:\n    actors.KAZ.learning.rule: [best-response, q-learning]\n"));
        var v = new double[1];
        plan.ValuesAt(1, v);
        Assert.That(plan.SpecAt(v).Initial.Actors.Single(a => a.Id == "KAZ").Learning.Rule, Is.EqualTo("q-learning"));
    }

    // Line numbers: Base is 14 lines and the sweep follows, so "sweep:" is line 15 and a first parameter on line 17.
    [TestCase("sweep:\n  parameters:\n    actors.KAZ.learning.action:\n      - hedging\n      - bandwagoning:XYZ\n",
        "sweep.parameters.actors.KAZ.learning.action[1]", 19, "action 'bandwagoning:XYZ' is not available to KAZ; valid: ")]
    [TestCase("sweep:\n  parameters:\n    actors.KAZ.learning.action: [hedging, hedgeing]\n",
        "sweep.parameters.actors.KAZ.learning.action[1]", 17, "value 'hedgeing' is invalid")]
    [TestCase("sweep:\n  parameters:\n    actors.KAZ.learning.rule:\n      - best-response\n      - q-lerning\n",
        "sweep.parameters.actors.KAZ.learning.rule[1]", 19, "did you mean 'q-learning'?")]
    [TestCase("sweep:\n  parameters:\n    shocks.sanctions.hazard:\n      - 0\n      - high\n",
        "sweep.parameters.shocks.sanctions.hazard[1]", 19, "'high' is not a number, and 'shocks.sanctions.hazard' is a numeric parameter")]
    [TestCase("sweep:\n  design: lhs\n  samples: 8\n  parameters:\n    actors.KAZ.learning.action: [hedging, equidistance]\n",
        "sweep.parameters.actors.KAZ.learning.action", 19, "only the grid design sweeps text values, the 'lhs' design draws numbers: use 'design: grid'")]
    [TestCase("sweep:\n  design: sobol\n  samples: 8\n  parameters:\n    actors.KAZ.learning.action: [hedging, equidistance]\n    shocks.sanctions.hazard: {min: 0, max: 1}\n",
        "sweep.parameters.actors.KAZ.learning.action", 19, "only the grid design sweeps text values")]
    [TestCase("sweep:\n  design: morris\n  samples: 4\n  parameters:\n    actors.KAZ.learning.action: [hedging, equidistance]\n",
        "sweep.parameters.actors.KAZ.learning.action", 19, "the 'morris' design draws numbers")]
    [TestCase("sweep:\n  parameters:\n    actors.RUS.learning.action: [hedging, equidistance]\n",
        "sweep.parameters.actors.RUS.learning.action", 17, "is not a parameter of this experiment that takes a word; nearest valid paths: actors.KAZ.learning.action")]
    [TestCase("sweep:\n  parameters:\n    actors.KAZ.learning.action: [hedging, equidistance, hedging]\n",
        "sweep.parameters.actors.KAZ.learning.action[2]", 17, "'hedging' is listed twice")]
    [TestCase("sweep:\n  parameters:\n    actors.KAZ.learning.action: [hedging, [equidistance]]\n",
        "sweep.parameters.actors.KAZ.learning.action[1]", 17, "expected a number or a word")]
    public void Load_BadTextAxis_OneLocatedErrorSayingWhatIsValid(string sweep, string key, int line, string expected)
    {
        // Given a text axis with one mistake; When loaded (nothing runs)
        var errors = Errors(sweep);

        // Then the error is at the key (the value's own line when a value is at fault) and says what is valid
        Assert.That(errors.Select(e => e.Key), Does.Contain(key), string.Join("\n", errors));
        var error = errors.First(e => e.Key == key);
        Assert.That(error.Message, Does.Contain(expected));
        Assert.That(error.Line, Is.EqualTo(line), error.ToString());
        Assert.That(error.ToString(), Does.StartWith($"test.yaml:{line}:"));
    }
}
