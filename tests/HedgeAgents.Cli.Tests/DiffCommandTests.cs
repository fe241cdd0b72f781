namespace HedgeAgents.Cli.Tests;

/// <summary><c>hedge diff</c>: resolved differences by path, nothing for a file and itself.</summary>
public class DiffCommandTests : TempDirTest
{
    private static readonly string Baseline = Repo.Experiment("kazakhstan-baseline.yaml");

    [TestCaseSource(typeof(DescribeExplainTests), nameof(DescribeExplainTests.Experiments))]
    public void Diff_FileWithItself_PrintsNothingAndExitsZero(string file)
    {
        var (exit, output, err) = Repo.Hedge("diff", Repo.Experiment(file), Repo.Experiment(file));
        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void Diff_SetOnTheSecond_ListsThatPathOnly()
    {
        var (exit, output, _) = Repo.Hedge("diff", Baseline, Baseline, "--set", "actors.KAZ.riskAversion=4", "--set", "seed=7");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { "seed: 2015 → 7", "actors.KAZ.riskAversion: 3 → 4" }));
    }

    [Test]
    public void Diff_EventValue_IsListedFromItsRound()
    {
        // Given a copy whose 2022Q1 event doubles the coercion hazard
        Directory.CreateDirectory(Dir);
        var copy = Path.Combine(Dir, "copy.yaml");
        File.WriteAllText(copy, Repo.ExperimentText("kazakhstan-baseline.yaml").Replace("shocks.coercion.hazard: 0.06 ", "shocks.coercion.hazard: 0.12 ", StringComparison.Ordinal));

        // When compared with the baseline
        var (exit, output, _) = Repo.Hedge("diff", Baseline, copy);

        // Then the one line names the event's round, and no later event repeats it
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { "events.2022Q1.shocks.coercion.hazard: 0.06 → 0.12" }));
    }

    [Test]
    public void Diff_DefaultsCount_ADeletedKeyShowsItsDefault()
    {
        // Given a copy without Kazakhstan's risk aversion (default 1) and without the sweep and figures
        Directory.CreateDirectory(Dir);
        var text = Repo.ExperimentText("kazakhstan-baseline.yaml");
        text = text.Replace("    riskAversion: 3 ", "    # riskAversion: 3 ", StringComparison.Ordinal);
        text = text[..text.IndexOf("\nsweep:", StringComparison.Ordinal)] + "\n";
        var copy = Path.Combine(Dir, "copy.yaml");
        File.WriteAllText(copy, text);

        // When compared
        var (exit, output, _) = Repo.Hedge("diff", Baseline, copy);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Then the default and the absent sections are listed by path
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(lines, Does.Contain("actors.KAZ.riskAversion: 3 → 1"));
        Assert.That(lines, Does.Contain("sweep: grid over actors.KAZ.regulatoryCapacity, actors.KAZ.riskAversion → (absent)"));
        Assert.That(lines, Does.Contain("plots.shares-KAZ: kind=shares actor=KAZ → (absent)"));
    }

    [Test]
    public void Diff_TwoExperiments_MarksPathsOnlyInOne()
    {
        var (exit, output, _) = Repo.Hedge("diff", Baseline, Repo.Experiment("01-the-2022-shift.yaml"));
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("replications: 20 → 100"));
        Assert.That(output, Does.Contain("sweep.parameters.strategies.bandwagoning.reputation: (absent) → ["));
    }

    [Test]
    public void Diff_MissingFile_ExitsTwo()
    {
        var (exit, output, err) = Repo.Hedge("diff", Baseline, Path.Combine(Dir, "nope.yaml"));
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(err, Does.Contain("no such file"));
    }
}
