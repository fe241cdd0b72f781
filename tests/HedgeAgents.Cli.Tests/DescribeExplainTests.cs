namespace HedgeAgents.Cli.Tests;

/// <summary><c>hedge describe --explain</c>: the same paths as <c>describe</c>, each with unit, range and meaning.</summary>
public class DescribeExplainTests
{
    /// <summary>Every shipped experiment file (the study file and games are other formats).</summary>
    public static IEnumerable<string> Experiments() =>
        Directory.GetFiles(Path.Combine(Repo.Root, "experiments"), "*.yaml").Select(Path.GetFileName).Where(f => f != "study.yaml").Order()!;

    [TestCaseSource(nameof(Experiments))]
    public void Explain_EveryShippedExperiment_CoversEveryDescribedPathWithTheSameValue(string file)
    {
        // Given what describe lists
        var (exit, plain, _) = Repo.Hedge("describe", Repo.Experiment(file));
        Assert.That(exit, Is.EqualTo(0));
        var described = plain.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // When the same file is explained
        var (explainExit, explained, _) = Repo.Hedge("describe", Repo.Experiment(file), "--explain");
        var lines = explained.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Then each line starts as describe's line and goes on with a meaning
        Assert.That(explainExit, Is.EqualTo(0));
        Assert.That(lines, Has.Length.EqualTo(described.Length));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < lines.Length; i++)
            {
                Assert.That(lines[i], Does.StartWith(described[i]), file);
                Assert.That(lines[i].Length, Is.GreaterThan(described[i].Length + 4), $"{file}: {described[i]} has no explanation");
            }
        });
    }

    [TestCase("routes.china-rail.capacity = 28 Mt/yr  (>= 0)  capacity per year")]
    [TestCase("demand.KAZ.CHN.volume = ")]
    [TestCase("shocks.coercion.hazard = 0.02 probability/round  (in [0, 1])  base hazard per great power and round")]
    [TestCase("actors.KAZ.openness = 0.5383 share  (in [0, 1])  share of the economy exposed to external flows")]
    [TestCase("routes.cpc.outage = 0.3127 per round  (in [0, 1])  probability per round of a closure no player chooses")]
    [TestCase("rounds = 64 rounds  (>= 1)  rounds per run")]
    [TestCase("actors.KAZ.learning.inertia = 0.5  (in [0, 1])  best-response: ")]
    [TestCase("period = quarter  (one of quarter, year, month, round)  ")]
    public void Explain_Baseline_GivesUnitRangeAndMeaning(string expected)
    {
        var (exit, output, _) = Repo.Hedge("describe", Repo.Experiment("kazakhstan-baseline.yaml"), "--explain");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output.Split('\n'), Has.Some.StartsWith(expected));
    }

    [Test]
    public void Explain_DemandVolume_IsInMtPerYear()
    {
        var (_, output, _) = Repo.Hedge("describe", Repo.Experiment("kazakhstan-baseline.yaml"), "--explain");
        Assert.That(output.Split('\n').Where(l => l.StartsWith("demand.", StringComparison.Ordinal)), Is.Not.Empty.And.All.Contain(" Mt/yr  (>= 0)"));
    }

    [Test]
    public void Explain_BadFile_ExitsTwo()
    {
        var (exit, _, err) = Repo.Hedge("describe", Repo.Experiment("no-such.yaml"), "--explain");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("no such file"));
    }
}
