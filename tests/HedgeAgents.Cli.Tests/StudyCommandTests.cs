using HedgeAgents.Experiments.Config;
using HedgeAgents.Reporting.Reproduction;
using HedgeAgents.Reporting.Study;

namespace HedgeAgents.Cli.Tests;

/// <summary><c>hedge study</c> and the study file: one command regenerates every results folder.</summary>
public class StudyCommandTests : TempDirTest
{
    private string Baseline => Repo.Experiment("kazakhstan-baseline.yaml");

    private string WriteStudy(params string[] steps)
    {
        Directory.CreateDirectory(Dir);
        var file = Path.Combine(Dir, "study.yaml");
        File.WriteAllText(file, "name: tiny\nsteps:\n" + string.Concat(steps.Select(s => $"  - {s}\n")));
        return file;
    }

    private static ConfigException ParseError(string text) =>
        Assert.Throws<ConfigException>(() => StudyFile.Parse(text, "s.yaml"))!;

    [Test]
    public void Study_TwoSteps_WritesEachFolderWithTheStepAsItsManifestCommand()
    {
        // Given a study of a run of the baseline and a sweep of claim 4, at tiny sizes
        // (written as manifests record commands: --replications as --set after --out)
        var run = $"hedge run {Baseline} --out {Dir}/run --set replications=2";
        var sweep = $"hedge sweep {Repo.Experiment("04-redundancy-denial.yaml")} --out {Dir}/sweep --set replications=2";
        var study = WriteStudy(run, sweep);

        // When the study runs without PNGs
        var (exit, stdout, err) = Repo.Hedge("study", study, "--no-png");

        // Then both folders are complete and each manifest records its step's command word for word
        Assert.That(exit, Is.EqualTo(0), err);
        Assert.Multiple(() =>
        {
            Assert.That(RecordedManifest.Read($"{Dir}/run").Command, Is.EqualTo(run));
            Assert.That(RecordedManifest.Read($"{Dir}/sweep").Command, Is.EqualTo(sweep));
            Assert.That(File.Exists($"{Dir}/sweep/figures/README.md"), Is.True);
            Assert.That(stdout, Does.Contain("study tiny: 2 step(s) done"));
        });
    }

    [Test]
    public void Study_SweepThenSensitivity_TheAnalysisReadsTheFolderTheSweepWrote()
    {
        // Given a study of a small Sobol' sweep and a sensitivity analysis of its folder
        var sweep = $"hedge sweep {Repo.Experiment("11-what-drives-hedging.yaml")} --out {Dir}/sobol --set replications=1";
        var study = WriteStudy(sweep, $"hedge sensitivity {Dir}/sobol --metric share_hedging --actor KAZ --png");

        // When the study runs without PNGs
        var (exit, _, err) = Repo.Hedge("study", study, "--no-png");

        // Then the sweep's folder holds the analysis (its --png dropped with the study's)
        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(File.Exists($"{Dir}/sobol/sensitivity/sensitivity-share_hedging-KAZ.csv"), Is.True);
        Assert.That(Directory.GetFiles($"{Dir}/sobol/sensitivity", "*.png"), Is.Empty);
    }

    [Test]
    public void Study_LastStepsExperimentBroken_NothingRuns()
    {
        // Given a study whose second step sets an unknown parameter
        var study = WriteStudy($"hedge run {Baseline} --replications 1 --out {Dir}/first",
                               $"hedge run {Baseline} --set shocks.sanctions.hazrd=1 --out {Dir}/second");

        // When it runs
        var (exit, _, err) = Repo.Hedge("study", study, "--no-png");

        // Then it is bad input, the error names the key, and not even the first folder was written
        Assert.That(exit, Is.EqualTo(2), err);
        Assert.That(err, Does.Contain("hazrd").And.Contain("did you mean 'hazard'"));
        Assert.That(Directory.Exists($"{Dir}/first"), Is.False);
    }

    [Test]
    public void Study_MissingExperiment_LocatedAtTheStep()
    {
        // Given a study whose step names a file that does not exist
        var study = WriteStudy($"hedge run {Dir}/nope.yaml --out {Dir}/x");

        // When it runs
        var (exit, _, err) = Repo.Hedge("study", study, "--no-png");

        // Then the error points at line 3 of the study file (the step) and names the file
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain($"{study}:3:5: steps: {Dir}/nope.yaml: no such file"));
    }

    [Test]
    public void Study_OnlyAndList_PrintsTheMatchingSteps()
    {
        // Given a study of two steps
        var a = $"hedge run {Baseline} --out {Dir}/alpha";
        var b = $"hedge run {Baseline} --out {Dir}/beta";
        var study = WriteStudy(a, b);

        // When its steps containing 'beta' are listed, and a filter matches nothing
        var listed = Repo.Hedge("study", study, "--list", "--only", "beta");
        var none = Repo.Hedge("study", study, "--list", "--only", "gamma");

        // Then only the second step is printed, and no match is bad input naming the folders
        Assert.That(listed.Out.Trim(), Is.EqualTo(b));
        Assert.That(none.Exit, Is.EqualTo(2));
        Assert.That(none.Err, Does.Contain($"{Dir}/alpha, {Dir}/beta"));
    }

    [TestCase("name: s\n", "s.yaml:1:1: steps: missing")]
    [TestCase("name: s\nsteps: []\n", "s.yaml:2:8: steps: expected a list of at least one command")]
    [TestCase("name: s\nstesp: [a]\n", "s.yaml:2:1: stesp: unknown key 'stesp'; did you mean 'steps'?")]
    [TestCase("name: s\nsteps:\n  - hedge plot results/x\n", "s.yaml:3:5: steps[0]: expected 'hedge run|sweep <experiment.yaml> --out <folder> [options]'")]
    [TestCase("name: s\nsteps:\n  - hedge run x.yaml\n", "s.yaml:3:5: steps[0]: 'hedge run x.yaml' has no --out")]
    [TestCase("name: s\nsteps:\n  - hedge run x.yaml --out a\n  - hedge sweep y.yaml --out a/\n", "s.yaml:4:5: steps[1]: writes a/, which the step on line 3 writes too")]
    [TestCase("name: s\nsteps:\n  - 'hedge run \"x.yaml --out a'\n", "s.yaml:3:5: steps[0]: unclosed double quote")]
    [TestCase("name: [s\nsteps: 1\n", "s.yaml:1:7: yaml: this '[' is not closed")]
    [TestCase("name: s\nsteps:\n  - hedge discover results/x --where \"a > 1\"\n", "s.yaml:3:5: steps[0]: analyses results/x, which no earlier step writes")]
    public void Parse_BadStudy_LocatedError(string text, string expected)
    {
        // Given a malformed study file
        // When it is parsed
        var error = ParseError(text);

        // Then the first error is located and says what would be valid
        Assert.That(error.Errors[0].ToString(), Does.StartWith(expected));
    }

    [Test]
    public void ShippedStudy_StepsAreExactlyTheCommittedResultsFolders()
    {
        // Given the shipped study and the committed results
        var study = StudyFile.Load(Path.Combine(Repo.Root, StudyCommandFile));
        var results = Path.Combine(Repo.Root, "results");
        var committed = ResultsFolders.Below(results)
            .ToDictionary(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'), f => RecordedManifest.Read(f).Command);

        // When the steps are matched with the folders by --out
        var steps = study.Steps.Where(s => !s.IsAnalysis).ToDictionary(s => s.Out.TrimEnd('/'), s => s.RecordedCommand);

        // Then every committed folder is a step with the same command, and every step has its committed folder,
        // so `hedge study` regenerates what `hedge reproduce results/` checks
        Assert.That(steps.Keys, Is.EquivalentTo(committed.Keys));
        foreach (var (folder, command) in committed)
            Assert.That(steps[folder], Is.EqualTo(command), folder);
    }

    private const string StudyCommandFile = "experiments/study.yaml";
}
