using System.Globalization;
using System.Text;
using HedgeAgents.Core.Random;
using HedgeAgents.Reporting.Discovery;

namespace HedgeAgents.Cli.Tests;

/// <summary><c>hedge discover</c> end to end: PRIM recovers a known box from a synthetic sweep, the tree ranks the
/// parameters that define it first, bad conditions are refused, and the files are the same on every run.</summary>
public class DiscoverCommandTests : TempDirTest
{
    private static readonly string[] Metrics = ["share_hedging", "mean_payoff", "weight_CHN"];
    private static readonly string[] Outputs = ["boxes.csv", "importance.csv", "rules.txt", "peeling-trajectory.html", "README.md"];

    /// <summary>A sweep folder (manifest.json + points.csv) of n points uniform in [0, 1]^5 for actor KAZ, where
    /// share_hedging's mean is 1 inside 0.3 ≤ x0 ≤ 0.8, 0.2 ≤ x1 ≤ 0.7 and 0 outside; x2..x4 are noise.</summary>
    private static void WriteBoxSweep(string dir, int n = 1000, ulong seed = 7)
    {
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "manifest.json"),
            "{\"command\": \"hedge sweep synthetic.yaml --out x\", \"files\": {\"runs.csv\": \"\", \"points.csv\": \"\"}}");
        var rng = new Xoshiro256StarStar(seed);
        var sb = new StringBuilder("point,x0,x1,x2,x3,x4,actor,replications");
        foreach (var m in Metrics) sb.Append(CultureInfo.InvariantCulture, $",{m}_n,{m}_mean,{m}_sd,{m}_ci95_low,{m}_ci95_high");
        sb.Append('\n');
        for (var p = 0; p < n; p++)
        {
            var x = Enumerable.Range(0, 5).Select(_ => rng.NextDouble()).ToArray();
            var inside = x[0] is >= 0.3 and <= 0.8 && x[1] is >= 0.2 and <= 0.7 ? 1 : 0;
            sb.Append(CultureInfo.InvariantCulture, $"{p},{string.Join(',', x.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))},KAZ,2");
            foreach (var value in new double[] { inside, 0.1 + x[2], 0.2 })
                sb.Append(CultureInfo.InvariantCulture, $",2,{value.ToString("R", CultureInfo.InvariantCulture)},0,{value.ToString("R", CultureInfo.InvariantCulture)},{value.ToString("R", CultureInfo.InvariantCulture)}");
            sb.Append('\n');
        }
        File.WriteAllText(Path.Combine(dir, "points.csv"), sb.ToString());
    }

    private static Dictionary<string, string> ChosenBox(string dir)
    {
        var lines = File.ReadAllLines(Path.Combine(dir, "discover", "boxes.csv"));
        var header = lines[0].Split(',');
        var chosen = lines.Skip(1).Single(l => l.Split(',')[2] == "1").Split(',');
        return header.Zip(chosen).ToDictionary(p => p.First, p => p.Second);
    }

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Test]
    public void Discover_KnownBoxIn5Dimensions_RecoversItWithCoverageAndDensityAbove90Percent()
    {
        // Given a synthetic sweep whose outcome is a box in x0 and x1 of a 5-dimensional space
        WriteBoxSweep(Dir);

        // When hedge discover looks for share_hedging > 0.5
        var (exit, stdout, err) = Repo.Hedge("discover", Dir, "--where", "share_hedging > 0.5", "--actor", "KAZ");

        // Then the chosen box has coverage and density above 0.9, bounds near the true ones and leaves x2..x4 open
        Assert.That(exit, Is.EqualTo(0), err);
        var box = ChosenBox(Dir);
        Assert.That(Num(box["coverage"]), Is.GreaterThan(0.9));
        Assert.That(Num(box["density"]), Is.GreaterThan(0.9));
        Assert.That(Num(box["x0_lower"]), Is.EqualTo(0.3).Within(0.05));
        Assert.That(Num(box["x0_upper"]), Is.EqualTo(0.8).Within(0.05));
        Assert.That(Num(box["x1_lower"]), Is.EqualTo(0.2).Within(0.05));
        Assert.That(Num(box["x1_upper"]), Is.EqualTo(0.7).Within(0.05));
        foreach (var free in new[] { "x2", "x3", "x4" })
            Assert.That(box[free + "_lower"] + box[free + "_upper"], Is.Empty, $"{free} is noise and stays unrestricted");
        Assert.That(stdout, Does.Contain("share_hedging > 0.5 holds in").And.Contain("≤ x0 ≤").And.Contain("other parameters unrestricted (x2, x3, x4)"));
        Assert.That(File.ReadAllText(Path.Combine(Dir, "discover", "rules.txt")), Is.EqualTo(stdout[..stdout.IndexOf("\nwrote ", StringComparison.Ordinal)]));
        Assert.That(File.ReadAllText(Path.Combine(Dir, "discover", "README.md")), Does.Contain($"hedge discover {Dir} --where \"share_hedging > 0.5\" --actor KAZ"));
    }

    [Test]
    public void Discover_KnownBox_TreeRanksTheDefiningParametersFirst()
    {
        // Given the synthetic box in x0 and x1
        WriteBoxSweep(Dir);

        // When hedge discover fits the classification tree
        var (exit, _, err) = Repo.Hedge("discover", Dir, "--where", "share_hedging > 0.5");

        // Then x0 and x1 are the two most important parameters, each far above every noise parameter
        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(err, Does.Contain("reading KAZ, the first actor"));
        var rows = File.ReadAllLines(Path.Combine(Dir, "discover", "importance.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.That(rows.Take(2).Select(r => r[1]), Is.EquivalentTo(new[] { "x0", "x1" }));
        Assert.That(rows.Skip(2).Max(r => Num(r[2])), Is.LessThan(0.2 * rows.Take(2).Min(r => Num(r[2]))));
    }

    [Test]
    public void Discover_TwoRuns_WriteTheSameBytes()
    {
        // Given two copies of the same sweep
        var a = Path.Combine(Dir, "a");
        var b = Path.Combine(Dir, "b");
        WriteBoxSweep(a, n: 400);
        WriteBoxSweep(b, n: 400);

        // When hedge discover runs on each (the same relative command, so the READMEs agree too)
        var here = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = Dir;
            Assert.That(Repo.Hedge("discover", "a", "--where", "share_hedging>=0.5", "--peel", "0.1").Exit, Is.EqualTo(0));
            // Renamed so both runs name the folder alike.
            Directory.Move("a", "a-done");
            Directory.Move("b", "a");
            Assert.That(Repo.Hedge("discover", "a", "--where", "share_hedging>=0.5", "--peel", "0.1").Exit, Is.EqualTo(0));
        }
        finally
        {
            Environment.CurrentDirectory = here;
        }

        // Then every file is byte-identical
        foreach (var name in Outputs)
            Assert.That(File.ReadAllBytes(Path.Combine(Dir, "a", "discover", name)),
                Is.EqualTo(File.ReadAllBytes(Path.Combine(Dir, "a-done", "discover", name))), name);
    }

    [TestCase("share_hedging >> 0.5", "is not a condition")]
    [TestCase("share_hedging = 0.5", "is not a condition")]
    [TestCase("share_hedging", "is not a condition")]
    [TestCase("> 0.5", "is not a condition")]
    [TestCase("share_hedgin > 0.5", "'share_hedgin' is not a metric of this sweep")]
    [TestCase("share_hedging > half", "'half' is not a finite number")]
    [TestCase("share_hedging > NaN", "'NaN' is not a finite number")]
    public void Discover_BadCondition_ExitsTwoNamingTheMetricsAndWritesNothing(string where, string message)
    {
        // Given a sweep folder
        WriteBoxSweep(Dir, n: 50);

        // When --where is not '<metric> <op> <number>' over the sweep's metrics
        var (exit, _, err) = Repo.Hedge("discover", Dir, "--where", where);

        // Then exit 2, the message says what is wrong and lists the valid metrics and operators, and nothing is written
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain(message).And.Contain("metrics: share_hedging, mean_payoff, weight_CHN").And.Contain(">= < <= =="));
        Assert.That(Directory.Exists(Path.Combine(Dir, "discover")), Is.False);
    }

    [TestCase(new[] { "--actor", "RUS" }, "no rows for actor 'RUS'; actors: KAZ")]
    [TestCase(new[] { "--threshold", "1.5" }, "--threshold: 1.5 is not a density")]
    [TestCase(new[] { "--peel", "0.6" }, "--peel: PRIM's peeling α must be strictly between 0 and 0.5")]
    [TestCase(new[] { "--min-mass", "0" }, "--min-mass: PRIM's minimum mass must be in (0, 1]")]
    public void Discover_BadOption_ExitsTwoAndWritesNothing(string[] option, string message)
    {
        // Given a sweep folder; When an option is out of range
        WriteBoxSweep(Dir, n: 50);
        var (exit, _, err) = Repo.Hedge(["discover", Dir, "--where", "share_hedging > 0.5", .. option]);

        // Then exit 2 with a message naming it, and nothing is written
        Assert.That(exit, Is.EqualTo(2), err);
        Assert.That(err, Does.Contain(message));
        Assert.That(Directory.Exists(Path.Combine(Dir, "discover")), Is.False);
    }

    [Test]
    public void Discover_OutcomeNowhere_ExitsTwo()
    {
        // Given an outcome that holds at no point; When discovered; Then exit 2 saying there is no box to find
        WriteBoxSweep(Dir, n: 50);
        var (exit, _, err) = Repo.Hedge("discover", Dir, "--where", "share_hedging > 2");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("holds at none of KAZ's 50 points"));
    }

    [Test]
    public void Discover_Threshold_ChoosesTheWidestBoxThatDense()
    {
        // Given the synthetic box; When --threshold 0.5 asks for density ≥ 0.5 only
        WriteBoxSweep(Dir);
        var (exit, _, err) = Repo.Hedge("discover", Dir, "--where", "share_hedging > 0.5", "--threshold", "0.5");

        // Then the chosen peel is the first on the trajectory with density ≥ 0.5 (the one of greatest coverage)
        Assert.That(exit, Is.EqualTo(0), err);
        var peels = File.ReadAllLines(Path.Combine(Dir, "discover", "boxes.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var step = int.Parse(peels.Single(r => r[1] == "paste")[0], CultureInfo.InvariantCulture);
        var densities = peels.Where(r => r[1] == "peel").Select(r => Num(r[4])).ToList();
        Assert.That(densities[step], Is.GreaterThanOrEqualTo(0.5));
        Assert.That(densities.Take(step), Is.All.LessThan(0.5));
    }

    [Test]
    public void Discover_Out_WritesThereAndRecordsItInTheReadme()
    {
        // Given a sweep; When the boxes of a second outcome go to --out
        WriteBoxSweep(Dir, n: 200);
        var other = Path.Combine(Dir, "discover-not-hedging");
        var (exit, _, err) = Repo.Hedge("discover", Dir, "--where", "share_hedging < 0.5", "--out", other);

        // Then the files are there, the default folder is untouched, and the README's command names --out
        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(File.ReadAllLines(Path.Combine(other, "boxes.csv")).Skip(1).Count(l => l.Split(',')[2] == "1"), Is.EqualTo(1),
            "boxes.csv there, with its one chosen box");
        Assert.That(Directory.Exists(Path.Combine(Dir, "discover")), Is.False);
        Assert.That(File.ReadAllText(Path.Combine(other, "README.md")), Does.Contain($"--where \"share_hedging < 0.5\" --out {other}"));
    }
}
