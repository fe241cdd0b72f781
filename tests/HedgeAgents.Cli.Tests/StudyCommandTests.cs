using HedgeAgents.Reporting.Reproduction;

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
            Assert.That(File.ReadAllText($"{Dir}/sweep/figures/README.md"),
                Does.Contain("| `losses-by-tacheng.html` | metric-by |").And.Contain($"hedge plot {Dir}/sweep --only losses-by-tacheng"),
                "the sweep's figures are drawn and listed with the command that redraws them");
            Assert.That(File.ReadAllLines($"{Dir}/run/summary.csv"), Has.Length.GreaterThan(2), "a row per replication and actor");
            Assert.That(File.ReadAllLines($"{Dir}/sweep/runs.csv").Skip(1).Select(l => l.Split(',')[1]).Distinct(), Is.EquivalentTo(new[] { "0", "1" }),
                "the sweep ran the two replications the step sets");
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

        // Then the sweep's folder holds the analysis of its own parameters (its --png dropped with the study's): a row of
        // finite Sobol' indices per parameter the sweep varied, total indices never negative and not all zero (the
        // hedging share moves), and a README naming the command
        Assert.That(exit, Is.EqualTo(0), err);
        var swept = File.ReadLines($"{Dir}/sobol/points.csv").First().Split(',').Skip(1).TakeWhile(c => c != "actor").ToArray();
        var csv = File.ReadAllLines($"{Dir}/sobol/sensitivity/sensitivity-share_hedging-KAZ.csv");
        Assert.That(csv[0], Is.EqualTo("parameter,S1,S1_low,S1_high,ST,ST_low,ST_high"));
        var rows = csv.Skip(1).SkipLast(1).Select(l => l.Split(',')).ToArray();
        Assert.That(swept, Has.Length.EqualTo(6), "experiment 11 sweeps six parameters");
        Assert.That(rows.Select(r => r[0]), Is.EqualTo(swept));
        // The noise row closes the table, empty at one replication (no within-point variance to estimate)
        Assert.That(csv[^1], Is.EqualTo(HedgeAgents.Reporting.Sensitivity.SensitivityResult.NoiseRowName + ",,,,,,"));
        var values = rows.Select(r => r.Skip(1).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToArray();
        Assert.That(values.SelectMany(v => v).All(double.IsFinite), Is.True, string.Join('\n', csv));
        Assert.That(values.Select(v => v[3]), Has.All.GreaterThanOrEqualTo(0.0), "ST (Jansen) is a mean of squares over a variance");
        Assert.That(values.Max(v => v[3]), Is.GreaterThan(0.0), string.Join('\n', csv));
        Assert.That(File.ReadAllText($"{Dir}/sobol/sensitivity/README.md"), Does.Contain($"hedge sensitivity {Dir}/sobol --metric share_hedging --actor KAZ"));
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
}
