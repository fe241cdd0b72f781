using System.Globalization;

namespace HedgeAgents.Cli.Tests;

/// <summary><c>hedge sensitivity</c> end to end: a tiny Sobol' sweep of a two-power experiment, a known answer (a
/// parameter that provably does nothing gets a total index near 0), a Morris sweep, and the refusals.</summary>
public class SensitivityCommandTests : TempDirTest
{
    /// <summary>A middle power between two great powers; the abandonment hazard is 0, so the abandonment severity swept
    /// here can change nothing in any run: a known-answer parameter.</summary>
    private static string Tiny(string design, string extra = "") => $"""
        name: tiny-sensitivity
        rounds: 12
        burnIn: 2
        replications: 2
        seed: 7
        actors:
          - {"{"}id: MID, name: Midland, kind: middle, riskAversion: 2, learning: {"{"}rule: best-response{"}"}{"}"}
          - {"{"}id: EAST, kind: great{"}"}
          - {"{"}id: WEST, kind: great{"}"}
        relations:
          - {"{"}from: MID, to: EAST, returns: 0.3, volatility: 0.1{"}"}
          - {"{"}from: MID, to: WEST, returns: 0.3, volatility: 0.1{"}"}
        rivalries:
          - {"{"}between: [EAST, WEST], intensity: 0.8{"}"}
        shocks:
          coercion: {"{"}hazard: 0.1{"}"}
          abandonment: {"{"}hazard: 0, severity: 0.5{"}"}
        sweep:
          design: {design}
          samples: 32
        {extra}  parameters:
            relations.MID.EAST.returns: {"{"}min: 0.1, max: 0.6{"}"}
            shocks.coercion.hazard: {"{"}min: 0, max: 0.4{"}"}
            shocks.abandonment.severity: {"{"}min: 0.1, max: 0.9{"}"}
        """;

    private string Write(string name, string text)
    {
        Directory.CreateDirectory(Dir);
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static Dictionary<string, double[]> ReadCsv(string file) =>
        File.ReadAllLines(file).Skip(1).Select(Repo.CsvFields)
            .ToDictionary(f => f[0], f => f.Skip(1).Select(v => v.Length == 0 ? double.NaN : double.Parse(v, CultureInfo.InvariantCulture)).ToArray());

    [Test]
    public void Sensitivity_SobolExperiment_RunsTheSweepThenWritesIndicesChartAndReadme()
    {
        // Given a tiny sobol experiment (32 base samples, 3 parameters, 2 replications)
        var experiment = Write("tiny.yaml", Tiny("sobol"));
        var output = Path.Combine(Dir, "out");

        // When hedge sensitivity runs it for mean_payoff with 200 resamples
        var (exit, stdout, err) = Repo.Hedge("sensitivity", experiment, "--metric", "mean_payoff", "--out", output, "--bootstrap", "200");

        // Then the sweep is there as hedge sweep writes it, and sensitivity/ holds the CSV, the chart and a README
        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(File.ReadAllText(Path.Combine(output, "manifest.json")), Does.Contain("\"design\": \"sobol\"").And.Contain("\"points\": 160"));
        var dir = Path.Combine(output, "sensitivity");
        var csv = Path.Combine(dir, "sensitivity-mean_payoff-MID.csv");
        Assert.That(File.ReadLines(csv).First(), Is.EqualTo("parameter,S1,S1_low,S1_high,ST,ST_low,ST_high"));
        Assert.That(File.Exists(Path.Combine(dir, "sensitivity-mean_payoff-MID.html")));
        var readme = File.ReadAllText(Path.Combine(dir, "README.md"));
        Assert.That(readme, Does.Contain($"`hedge sensitivity {output} --metric mean_payoff --actor MID --bootstrap 200 --confidence 0.95 --seed 7`"));
        Assert.That(readme, Does.Contain("mean of the metric over the point's replications"));

        // And stdout says what the output per point is and prints one row per parameter, in sweep order, then the noise
        Assert.That(stdout, Does.Contain("output per point: the mean of mean_payoff of MID over its 2 replication(s)"));
        Assert.That(stdout, Does.Contain("\nnoise ").And.Contain("noise: the share of the variance of the point means that is replication noise"));
        var rows = ReadCsv(csv);
        Assert.That(rows.Keys, Is.EqualTo(new[] { "relations.MID.EAST.returns", "shocks.coercion.hazard", "shocks.abandonment.severity", "noise" }));
        foreach (var (p, v) in rows.Where(r => r.Key != "noise"))
        {
            Assert.That(v[1], Is.LessThanOrEqualTo(v[0] + 1e-12).And.Not.NaN, $"{p}: S1 low ≤ S1");
            Assert.That(v[4], Is.LessThanOrEqualTo(v[3] + 1e-12), $"{p}: ST low ≤ ST");
            Assert.That(v[5], Is.GreaterThanOrEqualTo(v[3] - 1e-12), $"{p}: ST high ≥ ST");
        }
    }

    [Test]
    public void Sensitivity_ParameterThatDoesNothing_IndicesZeroNoiseShareReportedAndTheDriverFirst()
    {
        // Given the tiny sweep, whose abandonment severity cannot matter (the abandonment hazard is 0) and whose
        // returns from EAST set the level of every payoff
        var experiment = Write("tiny.yaml", Tiny("sobol"));
        var output = Path.Combine(Dir, "out");
        Assert.That(Repo.Hedge("sweep", experiment, "--out", output, "--quiet", "--no-figures").Exit, Is.EqualTo(0));

        // When the folder is analysed for mean_payoff
        var (exit, _, err) = Repo.Hedge("sensitivity", output, "--metric", "mean_payoff", "--bootstrap", "200");
        Assert.That(exit, Is.EqualTo(0), err);
        var rows = ReadCsv(Path.Combine(output, "sensitivity", "sensitivity-mean_payoff-MID.csv"));

        // Then the idle parameter's S1 and ST are zero to rounding (|index| < 1e-12: the A and AB runs of a base sample
        // share their seeds, so a parameter that does nothing changes no run), and the returns have the largest ST
        var idle = rows["shocks.abandonment.severity"];
        Assert.That(Math.Abs(idle[0]), Is.LessThan(1e-12), "S1");
        Assert.That(Math.Abs(idle[3]), Is.LessThan(1e-12), "ST");
        Assert.That(rows["relations.MID.EAST.returns"][3], Is.GreaterThan(rows["shocks.coercion.hazard"][3]).And.GreaterThan(0.5));

        // And the noise row carries the share of the variance that is replication noise, in the ST columns, inside its
        // interval, with the S1 columns empty
        var noise = rows["noise"];
        Assert.That(noise[..3], Is.All.NaN);
        Assert.That(noise[3], Is.GreaterThan(0).And.LessThan(1));
        Assert.That(noise[4], Is.LessThanOrEqualTo(noise[3]));
        Assert.That(noise[5], Is.GreaterThanOrEqualTo(noise[3]));
    }

    [Test]
    public void Sensitivity_MorrisFolder_WritesMuMuStarSigmaWithTheSweepsDelta()
    {
        // Given a morris sweep of the tiny experiment: 32 trajectories on 6 levels with delta 1
        var experiment = Write("tiny.yaml", Tiny("morris", "  levels: 6\n  delta: 1\n"));
        var output = Path.Combine(Dir, "out");
        var sweep = Repo.Hedge("sweep", experiment, "--out", output, "--quiet", "--no-figures");
        Assert.That(sweep.Exit, Is.EqualTo(0), sweep.Err);
        Assert.That(File.ReadAllText(Path.Combine(output, "manifest.json")), Does.Contain("\"levels\": 6").And.Contain("\"delta\": 1"));

        // When analysed for mean_payoff
        var (exit, stdout, err) = Repo.Hedge("sensitivity", output, "--metric", "mean_payoff", "--actor", "MID", "--bootstrap", "100");

        // Then the CSV has Morris's columns, the step is reported, the idle parameter's μ* is 0 (a trajectory's runs share
        // their seeds, so its steps change no run) while the returns' is not, and the noise share is in the μ* columns
        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(stdout, Does.Contain("Δ = 1/5"));
        var csv = Path.Combine(output, "sensitivity", "sensitivity-mean_payoff-MID.csv");
        Assert.That(File.ReadLines(csv).First(), Is.EqualTo("parameter,mu,mu_star,mu_star_low,mu_star_high,sigma"));
        var rows = ReadCsv(csv);
        Assert.That(rows["shocks.abandonment.severity"][1], Is.Zero);
        Assert.That(rows["relations.MID.EAST.returns"][1], Is.GreaterThan(0));
        var noise = rows["noise"];
        Assert.That((noise[0], noise[4]), Is.EqualTo((double.NaN, double.NaN)));
        Assert.That(noise[1], Is.GreaterThan(0).And.LessThan(1));
    }

    [TestCase("sobol", "")]
    [TestCase("morris", "  levels: 6\n")]
    public void Sweep_GroupedSeedsThreeShardsMerged_IdenticalToTheUnshardedSweepAndSeedsSharedPerGroup(string design, string extra)
    {
        // Given a sobol (or morris) sweep run whole and moved aside, and the same sweep in three shards (out of order)
        // into the same folder name, merged
        var experiment = Write("tiny.yaml", Tiny(design, extra));
        var whole = Path.Combine(Dir, "whole");
        var target = Path.Combine(Dir, "x");
        Assert.That(Repo.Hedge("sweep", experiment, "--out", target, "--quiet", "--no-figures").Exit, Is.EqualTo(0));
        Directory.Move(target, whole);
        foreach (var i in new[] { 1, 2, 0 })
        {
            var (exit, _, err) = Repo.Hedge("sweep", experiment, "--out", target, "--shard", $"{i}/3", "--quiet", "--no-figures");
            Assert.That(exit, Is.EqualTo(0), err);
        }
        var merged = Repo.Hedge("merge", target);
        Assert.That(merged.Exit, Is.EqualTo(0), merged.Err);

        // Then the files are byte-identical, although a seed group's runs straddle the shards' boundaries
        foreach (var name in new[] { "runs.csv", "points.csv", "runs.parquet", "manifest.json" })
            Assert.That(File.ReadAllBytes(Path.Combine(target, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(whole, name))), name);

        // And within a group (5 points of a base sample, or 4 of a trajectory) replication r has one seed, across
        // groups different ones
        var perGroup = design == "sobol" ? 5 : 4;
        var rows = File.ReadAllLines(Path.Combine(whole, "runs.csv")).Skip(1).Select(Repo.CsvFields)
            .Select(f => (Group: long.Parse(f[0], CultureInfo.InvariantCulture) / perGroup, Replication: f[1], Seed: f[2])).ToList();
        var seeds = rows.GroupBy(r => (r.Group, r.Replication)).Select(g => g.Select(r => r.Seed).Distinct().Single()).ToList();
        Assert.That(seeds, Has.Count.EqualTo(32 * 2));
        Assert.That(seeds.Distinct().Count(), Is.EqualTo(seeds.Count));
    }

    [Test]
    public void Sensitivity_GridSweepFolder_RefusedNamingTheDesignsThatWork()
    {
        // Given a grid sweep folder
        var experiment = Write("grid.yaml", Tiny("grid").Replace("  samples: 32\n", "").Replace("{min: 0.1, max: 0.6}", "[0.1, 0.6]")
            .Replace("{min: 0, max: 0.4}", "[0, 0.4]").Replace("{min: 0.1, max: 0.9}", "[0.1, 0.9]"));
        var output = Path.Combine(Dir, "out");
        var sweep = Repo.Hedge("sweep", experiment, "--out", output, "--quiet", "--no-figures");
        Assert.That(sweep.Exit, Is.EqualTo(0), sweep.Err);

        // When analysed / Then exit 2 naming the design and the two that work, and nothing written
        var (exit, _, err) = Repo.Hedge("sensitivity", output, "--metric", "mean_payoff");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("sweep.design: the sweep's design is 'grid'").And.Contain("'sobol'").And.Contain("'morris'"));
        Assert.That(Directory.Exists(Path.Combine(output, "sensitivity")), Is.False);

        // And given the grid experiment itself, it is refused before anything runs
        var again = Repo.Hedge("sensitivity", experiment, "--metric", "mean_payoff", "--out", Path.Combine(Dir, "never"));
        Assert.That(again.Exit, Is.EqualTo(2));
        Assert.That(again.Err, Does.Contain("design: sobol"));
        Assert.That(Directory.Exists(Path.Combine(Dir, "never")), Is.False);
    }

    [TestCase("first_hedge_round", "", "first_hedge_round is empty in")]
    [TestCase("nope", "", "no metric 'nope'; metrics: share_balancing")]
    [TestCase("mean_payoff", "XYZ", "no rows for actor 'XYZ'; actors: MID")]
    [TestCase("share_hedging", "", "variance V is 0")]
    public void Sensitivity_MetricOrActorThatCannotBeAnalysed_ExitTwoSayingWhy(string metric, string actor, string expected)
    {
        // Given the tiny sobol sweep, in which MID never hedges
        var experiment = Write("tiny.yaml", Tiny("sobol"));
        var output = Path.Combine(Dir, "out");
        Assert.That(Repo.Hedge("sweep", experiment, "--out", output, "--quiet", "--no-figures").Exit, Is.EqualTo(0));

        // When analysed for a metric empty in some runs, an unknown metric or actor, or a constant metric
        string[] args = ["sensitivity", output, "--metric", metric, .. actor.Length > 0 ? new[] { "--actor", actor } : []];
        var (exit, _, err) = Repo.Hedge(args);

        // Then exit 2 with the reason, and no sensitivity folder
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain(expected));
        Assert.That(Directory.Exists(Path.Combine(output, "sensitivity")), Is.False);
    }

    [TestCase("nope", "MID", "--metric: no metric 'nope'; metrics: share_balancing")]
    [TestCase("mean_payoff", "XYZ", "--actor: 'XYZ' is not an actor that chooses")]
    public void Sensitivity_ExperimentWithBadMetricOrActor_RefusedBeforeTheSweepRuns(string metric, string actor, string expected)
    {
        // Given the tiny sobol experiment / When asked for an unknown metric or actor
        var experiment = Write("tiny.yaml", Tiny("sobol"));
        var (exit, _, err) = Repo.Hedge("sensitivity", experiment, "--metric", metric, "--actor", actor, "--out", Path.Combine(Dir, "out"));

        // Then exit 2 naming what is valid, and no sweep was run
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain(expected));
        Assert.That(Directory.Exists(Path.Combine(Dir, "out")), Is.False);
    }

    [Test]
    public void Sensitivity_BadArguments_ExitTwo()
    {
        // Given a missing input, a --set on a folder, and a bad confidence / When run / Then each is refused with exit 2
        Assert.That(Repo.Hedge("sensitivity", Path.Combine(Dir, "nothing"), "--metric", "mean_payoff").Err, Does.Contain("no such file or folder"));
        Directory.CreateDirectory(Dir);
        var set = Repo.Hedge("sensitivity", Dir, "--metric", "mean_payoff", "--set", "seed=1");
        Assert.That((set.Exit, set.Err.Contains("--set: applies when an experiment is given")), Is.EqualTo((2, true)));
        var level = Repo.Hedge("sensitivity", Dir, "--metric", "mean_payoff", "--confidence", "1.5");
        Assert.That((level.Exit, level.Err.Contains("strictly between 0 and 1")), Is.EqualTo((2, true)));
        var run = Repo.Hedge("sensitivity", Dir, "--metric", "mean_payoff");
        Assert.That((run.Exit, run.Err.Contains("manifest.json: no such file")), Is.EqualTo((2, true)));
    }
}
