using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Sweeps;

namespace HedgeAgents.Experiments.Tests.Sweeps;

/// <summary>The <c>sweep:</c> section of an experiment file: what it reads, and every mistake located and explained.</summary>
public class SweepSectionTests
{
    private static string With(string sweep) => Tests.Config.Experiments.Minimal + "\n" + sweep;

    private static ExperimentConfig Load(string sweep) => ExperimentLoader.LoadFromText(With(sweep), "test.yaml");

    private static IReadOnlyList<ConfigError> Errors(string sweep)
    {
        var e = Assert.Throws<ConfigException>(() => Load(sweep))!;
        return e.Errors;
    }

    [Test]
    public void Load_GridWithListAndRange_ReadsBothAxesInFileOrder()
    {
        // Given a grid over a listed axis and a stepped range
        var config = Load("""
            sweep:
              design: grid
              parameters:
                shocks.sanctions.hazard: [0, 0.1, 0.2]
                actors.KAZ.regulatoryCapacity: {min: 0.2, max: 1, steps: 5}
            """);

        // Then both parameters are read, in file order, with their values
        var sweep = config.Sweep!;
        Assert.That(sweep.Design, Is.EqualTo("grid"));
        Assert.That(sweep.Paths, Is.EqualTo(new[] { "shocks.sanctions.hazard", "actors.KAZ.regulatoryCapacity" }));
        Assert.That(sweep.Parameters[0].Values, Is.EqualTo(new[] { 0, 0.1, 0.2 }));
        Assert.That((sweep.Parameters[1].Min, sweep.Parameters[1].Max, sweep.Parameters[1].Steps), Is.EqualTo((0.2, 1.0, 5)));
        Assert.That(new SweepPlan(config).Points, Is.EqualTo(15));
    }

    [TestCase("lhs", "samples: 12", 12)]
    [TestCase("sobol", "samples: 8", 8 * (2 + 2))]
    [TestCase("morris", "samples: 5\n  levels: 6", 5 * (2 + 1))]
    public void Plan_SampledDesigns_PointCountAndValuesInsideTheRanges(string design, string settings, int points)
    {
        // Given a sampled design over a linear and a log range
        var config = Load($"sweep:\n  design: {design}\n  {settings}\n  parameters:\n" +
                          "    shocks.sanctions.hazard: {min: 0.1, max: 0.3}\n    relations.KAZ.CHN.returns: {min: 0.01, max: 1, log: true}\n");

        // When it is laid out
        var plan = new SweepPlan(config);

        // Then it has the design's number of points, every value inside its range, and values are as written in runs.csv
        Assert.That(plan.Points, Is.EqualTo(points));
        var v = new double[2];
        for (var p = 0L; p < plan.Points; p++)
        {
            plan.ValuesAt(p, v);
            Assert.That(v[0], Is.InRange(0.1, 0.3));
            Assert.That(v[1], Is.InRange(0.01, 1.0));
            Assert.That(HedgeAgents.Experiments.Output.Csv.Number(v[1]), Is.EqualTo(v[1].ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Test]
    public void Plan_SameFileTwice_SamePointsAndSeeds()
    {
        // Given an LHS design loaded twice; Then the points and run seeds agree (the design's randomness comes from the seed)
        const string sweep = "sweep:\n  design: lhs\n  samples: 20\n  parameters:\n    shocks.sanctions.hazard: {min: 0, max: 0.5}\n";
        var a = new SweepPlan(Load(sweep));
        var b = new SweepPlan(Load(sweep));
        var x = new double[1];
        var y = new double[1];
        for (var p = 0L; p < a.Points; p++)
        {
            a.ValuesAt(p, x);
            b.ValuesAt(p, y);
            Assert.That(y, Is.EqualTo(x));
            Assert.That(b.SeedOf(p, 3), Is.EqualTo(a.SeedOf(p, 3)));
        }
    }

    [Test]
    public void Load_NoSweepSection_SweepIsNull()
    {
        Assert.That(ExperimentLoader.LoadFromText(Tests.Config.Experiments.Minimal, "test.yaml").Sweep, Is.Null);
    }

    [Test]
    public void Load_MisspelledPath_ExitsWithTheNearestValidPaths()
    {
        // Given a path with a typo
        var error = Errors("""
            sweep:
              parameters:
                shocks.sanction.hazard: [0, 0.1]
            """).Single();

        // Then the error is at the path's line and names the nearest valid paths
        Assert.That((error.Line, error.Key), Is.EqualTo((14, "sweep.parameters.shocks.sanction.hazard")));
        Assert.That(error.Message, Does.Contain("nearest valid paths: shocks.sanctions.hazard"));
    }

    [TestCase("sweep:\n  design: gird\n  parameters:\n    shocks.sanctions.hazard: [0, 0.1]\n", "sweep.design", "did you mean 'grid'?")]
    [TestCase("sweep:\n  design: lhs\n  parameters:\n    shocks.sanctions.hazard: {min: 0, max: 1}\n", "sweep.samples", "needs 'samples'")]
    [TestCase("sweep:\n  design: grid\n  parameters:\n    shocks.sanctions.hazard: {min: 0, max: 1}\n", "sweep.parameters.shocks.sanctions.hazard", "needs 'steps'")]
    [TestCase("sweep:\n  design: grid\n  samples: 10\n  parameters:\n    shocks.sanctions.hazard: [0, 1]\n", "sweep.samples", "applies to sampled designs")]
    [TestCase("sweep:\n  parameters:\n    shocks.sanctions.hazard: [0, 1.5]\n", "sweep.parameters.shocks.sanctions.hazard", "value 1.5 is invalid")]
    [TestCase("sweep:\n  design: lhs\n  samples: 8\n  parameters:\n    shocks.sanctions.hazard: {min: 0, max: 2}\n", "sweep.parameters.shocks.sanctions.hazard", "value 2 is invalid")]
    [TestCase("sweep:\n  parameters:\n    shocks.sanctions.hazard: {min: 0.5, max: 0.1, steps: 3}\n", "sweep.parameters.shocks.sanctions.hazard", "is above max")]
    [TestCase("sweep:\n  parameters:\n    shocks.sanctions.hazard: {min: 0, max: 0.1, steps: 3, log: true}\n", "sweep.parameters.shocks.sanctions.hazard.log", "needs min > 0")]
    [TestCase("sweep:\n  parameters:\n    shocks.sanctions.hazard: [0, high]\n", "sweep.parameters.shocks.sanctions.hazard[1]", "'high' is not a number")]
    [TestCase("sweep:\n  parameters:\n    rounds: [10, 20]\n", "sweep.parameters.rounds", "experiment setting")]
    [TestCase("sweep:\n  desing: grid\n  parameters:\n    shocks.sanctions.hazard: [0, 1]\n", "sweep.desing", "did you mean 'design'?")]
    [TestCase("sweep:\n  design: grid\n", "sweep.parameters", "missing required key 'parameters'")]
    [TestCase("sweep:\n  parameters:\n    shocks.sanctions.hazard: {min: 0, max: 1, stpes: 3}\n", "sweep.parameters.shocks.sanctions.hazard.stpes", "did you mean 'steps'?")]
    [TestCase("sweep:\n  design: morris\n  samples: 4\n  levels: 5\n  parameters:\n    shocks.sanctions.hazard: {min: 0, max: 1}\n", "sweep.design", "even")]
    [TestCase("sweep:\n  design: lhs\n  samples: 4\n  parameters:\n    shocks.sanctions.hazard: {min: 0, max: 1, steps: 3}\n", "sweep.parameters.shocks.sanctions.hazard", "applies to grid designs")]
    [TestCase("sweep:\n  design: morris\n  samples: 4\n  levels: 4\n  delta: 4\n  parameters:\n    shocks.sanctions.hazard: {min: 0, max: 1}\n", "sweep.delta", "a whole number from 1 to p − 1 = 3")]
    [TestCase("sweep:\n  design: morris\n  samples: 4\n  delta: 0\n  parameters:\n    shocks.sanctions.hazard: {min: 0, max: 1}\n", "sweep.delta", "whole number ≥ 1")]
    [TestCase("sweep:\n  design: sobol\n  samples: 4\n  delta: 1\n  parameters:\n    shocks.sanctions.hazard: {min: 0, max: 1}\n", "sweep.delta", "the step of a morris design")]
    public void Load_BadSweep_OneLocatedErrorSayingWhatIsValid(string sweep, string key, string expected)
    {
        // Given a sweep section with one mistake; When loaded
        var errors = Errors(sweep);

        // Then one error names the key and says what would be valid
        Assert.That(errors.Select(e => e.Key), Does.Contain(key), string.Join("\n", errors));
        Assert.That(errors.Single(e => e.Key == key).Message, Does.Contain(expected));
        Assert.That(errors.Single(e => e.Key == key).Line, Is.GreaterThanOrEqualTo(12), "located in the sweep section, not at the top");
    }

    [Test]
    public void Plan_MorrisDelta_StepsThatManyGridLevels()
    {
        // Given a 6-level Morris sweep with delta: 1 (Δ = 1/5 of the range) on a range from 0 to 0.5
        var config = Load("sweep:\n  design: morris\n  samples: 6\n  levels: 6\n  delta: 1\n  parameters:\n" +
                          "    shocks.sanctions.hazard: {min: 0, max: 0.5}\n    shocks.coercion.hazard: {min: 0, max: 0.5}\n");

        // When it is laid out
        var plan = new SweepPlan(config);

        // Then consecutive points of a trajectory differ in one parameter by exactly 0.1 (a fifth of 0.5)
        Assert.That(config.Sweep!.Delta, Is.EqualTo(1));
        double[] a = new double[2], b = new double[2];
        for (var t = 0; t < 6; t++)
            for (var s = 1; s <= 2; s++)
            {
                plan.ValuesAt(t * 3 + s - 1, a);
                plan.ValuesAt(t * 3 + s, b);
                Assert.That(Math.Abs(b[0] - a[0]) + Math.Abs(b[1] - a[1]), Is.EqualTo(0.1).Within(1e-12), $"trajectory {t}, step {s}");
            }
    }

    [Test]
    public void Load_SweepSectionDoesNotChangeTheRun()
    {
        // Given the same experiment with and without a sweep section
        var plain = ExperimentLoader.LoadFromText(Tests.Config.Experiments.Minimal, "test.yaml");
        var swept = Load("sweep:\n  parameters:\n    shocks.sanctions.hazard: [0, 0.1]\n");

        // Then the model parameters a plain run uses are the same
        Assert.That(ParameterPaths.Describe(swept), Is.EqualTo(ParameterPaths.Describe(plain)));
        Assert.That(swept, Is.Not.EqualTo(plain), "the sweep section is part of the experiment's identity");
    }
}
