using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Tests.Config;

public class ExperimentLoaderSetTests
{
    [Test]
    public void LoadFromText_SetAssignments_OverrideTheFile()
    {
        // Given assignments for a setting, an actor, a list and a created rivalry
        string[] sets =
        [
            "rounds=50",
            "seed=18446744073709551615",
            "actors.KAZ.openness=0.7",
            "actors.KAZ.learning.rule=q-learning",
            "actors.KAZ.learning.exploration=epsilon-greedy",
            "shocks.sanctions.imposed=[RUS, CHN]",
            "rivalries.CHN.RUS.intensity=0.9",
        ];

        // When the minimal experiment is loaded with them
        var config = ExperimentLoader.LoadFromText(Experiments.Minimal, "t.yaml", sets);

        // Then each override is in force
        var kaz = config.Initial.Actor("KAZ")!;
        Assert.Multiple(() =>
        {
            Assert.That(config.Rounds, Is.EqualTo(50));
            Assert.That(config.Seed, Is.EqualTo(ulong.MaxValue));
            Assert.That(kaz.Openness, Is.EqualTo(0.7));
            Assert.That(kaz.Learning.Rule, Is.EqualTo("q-learning"));
            Assert.That(kaz.Learning.Text("exploration", ""), Is.EqualTo("epsilon-greedy"));
            Assert.That(config.Initial.Shocks.Sanctions.Imposed, Is.EqualTo(new[] { "RUS", "CHN" }));
            Assert.That(config.Initial.Rivalries.Single().Intensity, Is.EqualTo(0.9));
        });
    }

    [Test]
    public void LoadFromText_SetAfterFile_OverridesTheFilesValue()
    {
        // Given a file that sets openness and a --set that changes it again
        var yaml = Experiments.Minimal.Replace("kind: middle", "kind: middle\n    openness: 0.3");

        // When it is loaded
        var config = ExperimentLoader.LoadFromText(yaml, "t.yaml", ["actors.KAZ.openness=0.8"]);

        // Then --set wins
        Assert.That(config.Initial.Actor("KAZ")!.Openness, Is.EqualTo(0.8));
    }

    [TestCase("actors.KAZ.openness=2", "actors.KAZ.openness", "must be in [0, 1], got 2")]
    [TestCase("actors.KZA.openness=0.2", "actors.KZA.openness", "unknown actor id 'KZA'; did you mean 'KAZ'?")]
    [TestCase("strategies.hedgng.cap=0.3", "strategies.hedgng.cap", "unknown key 'hedgng'; did you mean 'hedging'?")]
    [TestCase("rounds=many", "rounds", "expected a whole number, got 'many'")]
    [TestCase("burnIn=100", "burnIn", "must be less than rounds (100), got 100")]
    [TestCase("openness", "openness", "expected path=value, e.g. actors.KAZ.openness=0.6")]
    [TestCase("start=2015-01", "start", "'2015-01' is not an integer like 0 (period: round)")]
    public void LoadFromText_BadSet_ErrorLocatedAtItsIndex(string set, string key, string message)
    {
        // Given one good assignment and then a bad one (index 2)
        string[] sets = ["actors.KAZ.power=2", set];

        // When the experiment is loaded
        var errors = Load.Errors(Experiments.Minimal, sets);

        // Then the error is reported as --set:2:1
        Assert.That(errors.Single(), Is.EqualTo(new ConfigError("--set", 2, 1, key, message)));
    }

    [Test]
    public void LoadFromText_FileAndSetErrors_FileErrorsFirst()
    {
        // Given a file error and a --set error
        var yaml = Experiments.Minimal.Replace("kind: middle", "kind: middle\n    power: -1");

        // When it is loaded
        var errors = Load.Errors(yaml, "actors.KAZ.opennes=0.2");

        // Then both are reported, the file's first
        Assert.That(errors.Select(e => e.File), Is.EqualTo(new[] { "test.yaml", "--set" }));
    }
}
