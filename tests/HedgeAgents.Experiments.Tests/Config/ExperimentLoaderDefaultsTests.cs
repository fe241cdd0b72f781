using HedgeAgents.Core.Parameters;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Tests.Config;

public class ExperimentLoaderDefaultsTests
{
    [Test]
    public void LoadFromText_MinimalExperiment_SettingsHaveDocumentedDefaults()
    {
        // Given a dozen-line experiment: name, three actors, two relations
        // When it is loaded
        var config = ExperimentLoader.LoadFromText(Experiments.Minimal, "minimal.yaml");

        // Then every top-level setting has its documented default
        Assert.Multiple(() =>
        {
            Assert.That(config.Name, Is.EqualTo("minimal"));
            Assert.That(config.Description, Is.EqualTo(""));
            Assert.That(config.Rounds, Is.EqualTo(100));
            Assert.That(config.BurnIn, Is.EqualTo(0));
            Assert.That(config.Replications, Is.EqualTo(10));
            Assert.That(config.Seed, Is.EqualTo(1UL));
            Assert.That(config.Period, Is.EqualTo(PeriodKind.Round));
            Assert.That(config.Start, Is.EqualTo("0"));
            Assert.That(config.Events, Is.Empty);
            Assert.That(config.SourcePath, Is.EqualTo("minimal.yaml"));
        });
    }

    [Test]
    public void LoadFromText_MinimalExperiment_ActorsAndRelationsHaveDocumentedDefaults()
    {
        // Given the minimal experiment
        // When it is loaded
        var p = ExperimentLoader.LoadFromText(Experiments.Minimal, "minimal.yaml").Initial;

        // Then each actor and relation carries the documented defaults
        var kaz = p.Actor("KAZ")!;
        Assert.Multiple(() =>
        {
            Assert.That(p.Actors.Select(a => (a.Id, a.Kind)),
                Is.EqualTo(new[] { ("KAZ", ActorKind.Middle), ("RUS", ActorKind.Great), ("CHN", ActorKind.Great) }));
            Assert.That(kaz, Is.EqualTo(new ActorSpec("KAZ", "KAZ", ActorKind.Middle, 1.0, 0.5, 1.0, 0.5, false, 0.0, LearningSpec.Default)));
            Assert.That(p.Relations, Is.EqualTo(new[] { new RelationSpec("KAZ", "RUS", 1.0, 0.0), new RelationSpec("KAZ", "CHN", 1.0, 0.0) }));
            Assert.That(p.Rivalries, Is.Empty);
            Assert.That(p.Threats, Is.Empty);
            Assert.That(p.Routes, Is.Empty);
            Assert.That(p.Demand, Is.Empty);
        });
    }

    [Test]
    public void LoadFromText_MinimalExperiment_FixedSectionsEqualCoreDefaults()
    {
        // Given the minimal experiment, which says nothing of strategies, insurance or shocks
        // When it is loaded
        var p = ExperimentLoader.LoadFromText(Experiments.Minimal, "minimal.yaml").Initial;

        // Then those sections equal the Core records' own defaults
        var core = new ModelParameters(p.Actors, p.Relations, [], [], StrategyParameters.Default, new InsuranceParameters(),
            ShockParameters.Default, [], []);
        Assert.Multiple(() =>
        {
            Assert.That(p.Strategies, Is.EqualTo(StrategyParameters.Default));
            Assert.That(p.Insurance, Is.EqualTo(new InsuranceParameters()));
            Assert.That(p, Is.EqualTo(core));
        });
    }

    [Test]
    public void Schema_DocumentedDefaults_MatchTheValuesLoaded()
    {
        // Given the documented default of every fixed-section and actor parameter (the text in the reference docs)
        var p = ExperimentLoader.LoadFromText(Experiments.Minimal, "minimal.yaml").Initial;
        var described = ParameterPaths.Describe(p).ToDictionary(l => l.Path, l => l.Value);

        // When each is compared with the value a file that omits it loads
        var leaves = ParameterSchema.Fixed.Select(l => (Path: l.Key, l.Default))
            .Concat(HedgeAgents.Experiments.Config.Sections.ConfigSections.Actors.Leaves.Where(l => l.Key != "name").Select(l => (Path: $"actors.KAZ.{l.Key}", l.Default)));

        // Then they agree (the split's 1/3 is written as a fraction)
        Assert.Multiple(() =>
        {
            foreach (var (path, documented) in leaves)
            {
                var expected = documented == "1/3" ? ParameterValue.Of(1.0 / 3).Text : documented;
                Assert.That(described[path], Is.EqualTo(expected), path);
            }
        });
    }

    [TestCase("quarter", "2015Q1")]
    [TestCase("year", "2015")]
    [TestCase("month", "2015-01")]
    [TestCase("round", "0")]
    public void LoadFromText_PeriodWithoutStart_UsesThePeriodsDefaultStart(string period, string start)
    {
        // Given an experiment with a period and no start
        var yaml = Load.MinimalWith($"period: {period}");

        // When it is loaded
        var config = ExperimentLoader.LoadFromText(yaml, "t.yaml");

        // Then the start is the period's default
        Assert.That(config.Start, Is.EqualTo(start));
    }

    [Test]
    public void LoadFromText_RoutesAndDemand_ReadWithDefaults()
    {
        // Given a route with only its required keys and a demand
        var yaml = Load.MinimalWith("""
            routes:
              - {id: dostyk, actor: KAZ, serves: CHN, capacity: 18.27}
            demand:
              - {actor: KAZ, partner: CHN, volume: 30}
            """);

        // When it is loaded
        var p = ExperimentLoader.LoadFromText(yaml, "t.yaml").Initial;

        // Then name defaults to id, no controller, hazard 1, open
        Assert.Multiple(() =>
        {
            Assert.That(p.Routes.Single(), Is.EqualTo(new RouteSpec("dostyk", "dostyk", "KAZ", "CHN", null, 18.27, 1.0, 0)));
            Assert.That(p.Demand.Single(), Is.EqualTo(new DemandSpec("KAZ", "CHN", 30)));
        });
    }
}

public class ExperimentLoaderFileTests
{
    [Test]
    public void Load_FileOnDisk_SameAsFromTextWithItsPath()
    {
        // Given the Eurasia experiment written to a file
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"eurasia-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Experiments.Eurasia);
        try
        {
            // When it is loaded from disk with a --set
            var config = ExperimentLoader.Load(path, ["seed=7"]);

            // Then it equals loading the text under the same name, and remembers its path
            Assert.That(config, Is.EqualTo(ExperimentLoader.LoadFromText(Experiments.Eurasia, path, ["seed=7"])));
            Assert.That((config.SourcePath, config.Seed), Is.EqualTo((path, 7UL)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
