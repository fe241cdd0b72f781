using Parquet;

namespace HedgeAgents.Cli.Tests;

/// <summary>A sweep over a text axis (a fixed action held by Kazakhstan) end to end: the words in every table, the
/// same bytes whatever the threads or the sharding, figures with the categories in the order listed.</summary>
public class SweepTextAxisTests : TempDirTest
{
    private const string Action = "actors.KAZ.learning.action";

    private static readonly string[] Actions = ["hedging", "equidistance", "bandwagoning:CHN", "balancing:RUS"];

    private static readonly string[] DataFiles = ["points.csv", "runs.csv", "runs.parquet", "manifest.json"];

    /// <summary>A small experiment: Kazakhstan fixed on each action, under shocks, beside a numeric axis.</summary>
    private string Experiment()
    {
        Directory.CreateDirectory(Dir);
        var file = Path.Combine(Dir, "text-axis.yaml");
        File.WriteAllText(file, """
            name: text-axis
            rounds: 12
            replications: 3
            seed: 7
            actors:
              - {id: KAZ, kind: middle, learning: {rule: fixed, action: hedging}}
              - {id: RUS, kind: great}
              - {id: CHN, kind: great}
            relations:
              - {from: KAZ, to: RUS, returns: 0.2, volatility: 0.3}
              - {from: KAZ, to: CHN, returns: 0.2, volatility: 0.1}
            shocks:
              sanctions: {hazard: 0.3}
            sweep:
              design: grid
              parameters:
                actors.KAZ.learning.action: [hedging, equidistance, "bandwagoning:CHN", "balancing:RUS"]
                shocks.sanctions.severity: [0.2, 0.5]
            plots:
              - {kind: mean-vs-q05, actor: KAZ}
              - {kind: metric-by, actor: KAZ, x: actors.KAZ.learning.action, metric: sd_payoff}
              - {kind: shares-by, actor: KAZ, x: actors.KAZ.learning.action}
              - {kind: payoff-by-archetype, actor: KAZ, x: actors.KAZ.learning.action, metric: q05_payoff}
              - {kind: phase, actor: KAZ, x: actors.KAZ.learning.action, y: shocks.sanctions.severity}
            """);
        return file;
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        foreach (var name in DataFiles)
            Assert.That(File.ReadAllBytes(Path.Combine(actual, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(expected, name))), name);
    }

    [Test]
    public async Task Sweep_TextAxis_TheWordsInRunsPointsAndParquetInTheOrderListed()
    {
        // Given a grid over four fixed actions × two severities, three replications
        var file = Experiment();
        var (exit, _, err) = Repo.Hedge("sweep", file, "--out", Dir + "/out", "--quiet", "--no-figures");
        Assert.That(exit, Is.EqualTo(0), err);
        var outDir = Path.Combine(Dir, "out");

        // Then runs.csv has the action column with the words, each point's runs played that action only
        var runs = File.ReadAllLines(Path.Combine(outDir, "runs.csv"));
        Assert.That(runs[0], Does.StartWith($"point,replication,seed,{Action},shocks.sanctions.severity,actor,"));
        var kaz = runs.Skip(1).Select(Repo.CsvFields).Where(f => f[5] == "KAZ").ToList();
        Assert.That(kaz, Has.Count.EqualTo(8 * 3));
        Assert.That(kaz.Select(f => f[3]).Distinct(), Is.EqualTo(Actions), "in the order listed, the last axis fastest");
        // share_balancing, share_bandwagoning, share_equidistance, share_hedging follow the actor column (5)
        var shares = new[] { "balancing", "bandwagoning", "equidistance", "hedging" };
        foreach (var f in kaz)
            Assert.That(f[6 + Array.IndexOf(shares, f[3].Split(':')[0])], Is.EqualTo("1"), $"point {f[0]} ({f[3]}) spent every round on its action");

        // And points.csv has one row per point and actor with the word, and runs.parquet a string column
        var points = File.ReadAllLines(Path.Combine(outDir, "points.csv")).Skip(1).Select(Repo.CsvFields).Where(f => f[3] == "KAZ").ToList();
        Assert.That(points.Select(f => (f[1], f[2])), Is.EqualTo(Actions.SelectMany(a => new[] { (a, "0.2"), (a, "0.5") })));
        await using var stream = File.OpenRead(Path.Combine(outDir, "runs.parquet"));
        await using var reader = await ParquetReader.CreateAsync(stream);
        var field = reader.Schema.DataFields.Single(d => d.Name == Action);
        Assert.That(field.ClrType, Is.EqualTo(typeof(string)).Or.EqualTo(typeof(ReadOnlyMemory<char>)));
        Assert.That(reader.Schema.DataFields.Single(d => d.Name == "shocks.sanctions.severity").ClrType, Is.EqualTo(typeof(double)));
        var manifest = File.ReadAllText(Path.Combine(outDir, "manifest.json"));
        Assert.That(System.Text.RegularExpressions.Regex.Replace(manifest, @"\s+", ""),
            Does.Contain("\"actors.KAZ.learning.action\":{\"values\":[\"hedging\",\"equidistance\",\"bandwagoning:CHN\",\"balancing:RUS\"]}"));
    }

    [Test]
    public void Sweep_TextAxisOnOneThreadTwoThreadsAndThreeShardsMerged_IdenticalBytes()
    {
        // Given the sweep on one thread, moved aside; on two threads, moved aside; and in three shards, merged
        var file = Experiment();
        var target = Path.Combine(Dir, "x");
        Assert.That(Repo.Hedge("sweep", file, "--out", target, "--threads", "1", "--quiet", "--no-figures", "--chunk-size", "5").Exit, Is.EqualTo(0));
        Directory.Move(target, Path.Combine(Dir, "one"));
        Assert.That(Repo.Hedge("sweep", file, "--out", target, "--threads", "2", "--quiet", "--no-figures").Exit, Is.EqualTo(0));
        Directory.Move(target, Path.Combine(Dir, "two"));
        foreach (var i in new[] { 1, 2, 0 })
        {
            var (exit, _, err) = Repo.Hedge("sweep", file, "--out", target, "--shard", $"{i}/3", "--quiet", "--no-figures");
            Assert.That(exit, Is.EqualTo(0), err);
        }
        var merged = Repo.Hedge("merge", target);

        // Then the data files and manifests are byte-identical: the merge knows the action column holds words
        Assert.That(merged.Exit, Is.EqualTo(0), merged.Err);
        AssertSameFiles(Path.Combine(Dir, "one"), Path.Combine(Dir, "two"));
        AssertSameFiles(Path.Combine(Dir, "one"), target);
    }

    [Test]
    public void Plot_TextAxis_CategoriesInTheOrderListed()
    {
        // Given the text-axis sweep with its figures
        var file = Experiment();
        var (exit, _, err) = Repo.Hedge("sweep", file, "--out", Dir + "/out", "--quiet");
        Assert.That(exit, Is.EqualTo(0), err);
        var figures = Path.Combine(Dir, "out", "figures");

        // Then the metric-by figure ticks the actions in the order listed, with error bars, not a band
        var metricBy = File.ReadAllText(Directory.GetFiles(figures, "metric-by*.html").Single());
        Assert.That(metricBy, Does.Contain("\"ticktext\":[\"hedging\",\"equidistance\",\"bandwagoning:CHN\",\"balancing:RUS\"]"));
        Assert.That(metricBy, Does.Contain("\"error_y\"").And.Not.Contain("tonexty"));
        // And the box plots are one per action in that order, the mean-vs-q05 points are labelled with their action,
        // and the phase diagram's cells are the actions
        var boxes = File.ReadAllText(Directory.GetFiles(figures, "payoff-by-archetype*.html").Single());
        var at = Actions.Select(a => boxes.IndexOf($"\"name\":\"{a}\"", StringComparison.Ordinal)).ToList();
        Assert.That(at, Is.All.GreaterThan(0));
        Assert.That(at, Is.Ordered);
        Assert.That(File.ReadAllText(Directory.GetFiles(figures, "mean-vs-q05*.html").Single()), Does.Contain("\"bandwagoning:CHN\""));
        Assert.That(File.ReadAllText(Directory.GetFiles(figures, "phase*.html").Single()), Does.Contain("\"x\":[\"hedging\",\"equidistance\",\"bandwagoning:CHN\",\"balancing:RUS\"]"));
    }
}
