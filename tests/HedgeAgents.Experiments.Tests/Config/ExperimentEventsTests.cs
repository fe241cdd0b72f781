using HedgeAgents.Core.Parameters;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Tests.Config;

public class ExperimentEventsTests
{
    [Test]
    public void LoadFromText_EventAtQuarterLabel_ResolvesToRoundFromStart()
    {
        // Given a quarterly experiment starting 2015Q1 with events at 2022Q1 and 2024Q2
        // When it is loaded
        var config = ExperimentLoader.LoadFromText(Experiments.Eurasia, "eurasia.yaml");

        // Then 2022Q1 is round 28 and 2024Q2 round 37
        Assert.That(config.Events.Select(e => (e.At, e.Label)), Is.EqualTo(new[] { (28, "2022"), (37, "BTK") }));
    }

    [TestCase("year", "2015", "2022", 7)]
    [TestCase("year", "2015", "3", 3)]
    [TestCase("month", "2015-01", "2017-05", 28)]
    [TestCase("round", "0", "28", 28)]
    [TestCase("quarter", "2015Q1", "28", 28)]
    public void LoadFromText_EventTime_IntegerIsRoundExceptFourDigitYears(string period, string start, string at, int round)
    {
        // Given an event time written as a label or a round index
        var yaml = Load.MinimalWith($"period: {period}\nstart: '{start}'\nevents:\n  - at: {at}\n    set: {{actors.KAZ.openness: 0.6}}");

        // When it is loaded
        var config = ExperimentLoader.LoadFromText(yaml, "t.yaml");

        // Then it resolves to the round
        Assert.That(config.Events.Single().At, Is.EqualTo(round));
    }

    [Test]
    public void ToRunSpec_TwoEvents_ApplyCumulatively()
    {
        // Given events that each change some parameters
        var config = ExperimentLoader.LoadFromText(Experiments.Eurasia, "eurasia.yaml");

        // When the run spec is resolved
        var spec = config.ToRunSpec();

        // Then each event's parameters are the previous ones plus its own changes
        var (first, second) = (spec.Events[0].Parameters, spec.Events[1].Parameters);
        Assert.Multiple(() =>
        {
            Assert.That(spec.Rounds, Is.EqualTo(60));
            Assert.That(spec.BurnIn, Is.EqualTo(8));
            Assert.That(spec.Initial, Is.EqualTo(config.Initial));
            Assert.That(spec.Initial.Shocks.Sanctions.Hazard, Is.EqualTo(0.05));
            Assert.That(first.Shocks.Sanctions.Hazard, Is.EqualTo(0.3));
            Assert.That(first.Rivalries.Single().Intensity, Is.EqualTo(0.8));
            Assert.That(first.Routes[1].Capacity, Is.EqualTo(0));
            Assert.That(second.Shocks.Sanctions.Hazard, Is.EqualTo(0.2));
            Assert.That(second.Rivalries.Single().Intensity, Is.EqualTo(0.8), "kept from the first event");
            Assert.That(second.Routes[1].Capacity, Is.EqualTo(5));
        });
    }

    [Test]
    public void ToRunSpec_EventsOutOfOrderInFile_SortedByRoundStably()
    {
        // Given events written out of order, two of them at the same round
        var yaml = Load.MinimalWith("""
            events:
              - {at: 20, label: late, set: {actors.KAZ.openness: 0.9}}
              - {at: 10, label: a, set: {actors.KAZ.openness: 0.6}}
              - {at: 10, label: b, set: {actors.KAZ.openness: 0.7}}
            """);

        // When the run spec is resolved
        var spec = ExperimentLoader.LoadFromText(yaml, "t.yaml").ToRunSpec();

        // Then events run by round, file order among ties, each on top of the one before
        Assert.That(spec.Events.Select(e => (e.At, e.Label, e.Parameters.Actor("KAZ")!.Openness)),
            Is.EqualTo(new[] { (10, "a", 0.6), (10, "b", 0.7), (20, "late", 0.9) }));
    }

    [Test]
    public void ToRunSpec_EventChangesRuleWithOption_OptionBelongsToTheNewRule()
    {
        // Given an event that switches KAZ to a fixed rule, writing the action before the rule
        var yaml = Load.MinimalWith("""
            events:
              - at: 5
                set:
                  actors.KAZ.learning.action: hedging
                  actors.KAZ.learning.rule: fixed
            """);

        // When the run spec is resolved
        var learning = ExperimentLoader.LoadFromText(yaml, "t.yaml").ToRunSpec().Events[0].Parameters.Actor("KAZ")!.Learning;

        // Then the rule changes first and the action is kept
        Assert.That((learning.Rule, learning.Text("action", "")), Is.EqualTo(("fixed", "hedging")));
    }

    [Test]
    public void LoadFromText_NestedMapsUnderSet_AreFlattenedToPaths()
    {
        // Given an event whose set uses nested maps
        var yaml = Load.MinimalWith("""
            events:
              - at: 3
                set:
                  shocks: {coercion: {hazard: 0.2, by: {RUS: 3}}}
            """);

        // When it is loaded
        var set = ExperimentLoader.LoadFromText(yaml, "t.yaml").Events.Single().Set;

        // Then the assignments are dotted paths
        Assert.That(set.Select(a => a.ToString()), Is.EqualTo(new[] { "shocks.coercion.hazard = 0.2", "shocks.coercion.by.RUS = 3" }));
    }

    [TestCase("rounds: 3", "rounds", "'rounds' is an experiment setting, not a model parameter: it cannot change during a run (set it at the top level or with --set)")]
    [TestCase("actors.KAZ.powr: 2", "actors.KAZ.powr", "unknown key 'powr'; did you mean 'power'?")]
    [TestCase("relations.RUS.CHN.returns: 2", "relations.RUS.CHN.returns",
        "there is no relation RUS -> CHN; add it under 'relations' in the file before setting its parameters")]
    [TestCase("shocks.sanctions.hazard: 2", "shocks.sanctions.hazard", "after the event at round 5: must be in [0, 1], got 2")]
    [TestCase("rivalries.RUS.KAZ.intensity: 0.5", "rivalries.RUS.KAZ.between", "after the event at round 5: 'KAZ' is a middle actor, not a great power")]
    public void LoadFromText_BadEventAssignment_ErrorAtTheAssignment(string assignment, string key, string message)
    {
        // Given an event (line 13) whose assignment on line 15 is invalid
        var yaml = Load.MinimalWith($"events:\n  - at: 5\n    set:\n      {assignment}");

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then the error is at the assignment's key
        Assert.That(error, Is.EqualTo(new ConfigError("test.yaml", 15, 7, key, message)));
    }

    [TestCase("2030Q1", "events[0].at", "round 60 is outside the run: rounds 0 to 39 (2015Q1 to 2024Q4)")]
    [TestCase("40", "events[0].at", "round 40 is outside the run: rounds 0 to 39 (2015Q1 to 2024Q4)")]
    [TestCase("soon", "events[0].at", "expected a round in [0, 40) or a quarter like 2015Q1, got 'soon'")]
    public void LoadFromText_EventTimeOutsideRun_Error(string at, string key, string message)
    {
        // Given a 40-quarter run and an event outside it
        var yaml = Load.MinimalWith($"period: quarter\nrounds: 40\nevents:\n  - at: {at}\n    set: {{actors.KAZ.openness: 0.6}}");

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then the time is reported at its value
        Assert.That((error.Line, error.Key, error.Message), Is.EqualTo((15, key, message)));
    }
}
