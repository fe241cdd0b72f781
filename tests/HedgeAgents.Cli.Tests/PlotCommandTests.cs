using System.Text.RegularExpressions;
using HedgeAgents.Reporting.Png;

namespace HedgeAgents.Cli.Tests;

/// <summary><c>hedge plot</c> end to end on a fresh small run and sweep: files, offline pages, escaping, determinism, PNGs.</summary>
public class PlotCommandTests : TempDirTest
{
    private static readonly string[] RunFigures = ["insurance-KAZ", "losses-KAZ", "payoff-KAZ", "shares-KAZ"];

    private string SmallRun(string? experiment = null)
    {
        var folder = Path.Combine(Dir, "run");
        var (exit, _, err) = Repo.Hedge("run", experiment ?? Repo.Experiment("kazakhstan-baseline.yaml"), "--replications", "2", "--out", folder);
        Assert.That(exit, Is.EqualTo(0), err);
        return folder;
    }

    private static byte[][] Snapshot(string figures) =>
        [.. Directory.GetFiles(figures, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    [Test]
    public void Plot_FreshRun_WritesFourOfflineFiguresAndReadme_SameBytesTwice()
    {
        // Given a fresh 2-replication run outside any results/ folder
        var folder = SmallRun();

        // When it is plotted twice
        var first = Repo.Hedge("plot", folder);
        var figures = Path.Combine(folder, "figures");
        var once = Snapshot(figures);
        var second = Repo.Hedge("plot", folder);

        // Then the four run figures, the README and the bundle (under figures/assets/) are written, byte-identical both times
        Assert.That(first.Exit, Is.EqualTo(0), first.Err);
        Assert.That(second.Exit, Is.EqualTo(0), second.Err);
        Assert.That(Directory.GetFiles(figures, "*.html").Select(Path.GetFileNameWithoutExtension).Order(), Is.EqualTo(RunFigures));
        Assert.That(File.Exists(Path.Combine(figures, "assets", "plotly.min.js")));
        Assert.That(Snapshot(figures), Is.EqualTo(once));
        var readme = File.ReadAllText(Path.Combine(figures, "README.md"));
        Assert.That(readme, Does.Contain($"hedge plot {folder} --only shares").And.Contain("hedge run "));
        foreach (var html in Directory.GetFiles(figures, "*.html")) AssertOffline(html);
    }

    [Test]
    public void Plot_SmallSweep_WritesTheFourSweepFiguresTheExperimentDeclares()
    {
        // Given a small sweep of the baseline (5 × 5 grid, 2 replications)
        var folder = Path.Combine(Dir, "results", "sweep");
        var run = Repo.Hedge("sweep", Repo.Experiment("kazakhstan-baseline.yaml"), "--replications", "2", "--out", folder, "--quiet");
        Assert.That(run.Exit, Is.EqualTo(0), run.Err);

        // When it is plotted
        var (exit, _, err) = Repo.Hedge("plot", folder);

        // Then phase, shares-by, payoff-by-archetype and mean-vs-q05 exist, linking the bundle in <Dir>/results/assets
        Assert.That(exit, Is.EqualTo(0), err);
        var names = Directory.GetFiles(Path.Combine(folder, "figures"), "*.html").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.That(names, Is.EqualTo(new[]
        {
            "mean-vs-q05-KAZ", "payoff-by-archetype-KAZ", "phase-capacity-riskaversion", "shares-by-capacity",
        }));
        Assert.That(File.Exists(Path.Combine(Dir, "results", "assets", "plotly.min.js")));
        foreach (var html in Directory.GetFiles(Path.Combine(folder, "figures"), "*.html"))
        {
            Assert.That(File.ReadAllText(html), Does.Contain("src=\"../../assets/plotly.min.js\""));
            AssertOffline(html);
        }
    }

    [Test]
    public void Plot_ScriptInTitle_IsShownAsTextNeverAsATag()
    {
        // Given an experiment whose plots: section titles a figure with a script tag
        Directory.CreateDirectory(Dir);
        var yaml = Path.Combine(Dir, "evil.yaml");
        var baseline = Repo.ExperimentText("kazakhstan-baseline.yaml");
        File.WriteAllText(yaml, baseline[..baseline.IndexOf("\nplots:", StringComparison.Ordinal)]
            + "\nplots:\n  - kind: shares\n    title: \"<script>alert(1)</script> & </script>\"\n");
        var folder = SmallRun(yaml);

        // When it is plotted
        var (exit, _, err) = Repo.Hedge("plot", folder);

        // Then the page holds the title only escaped: no script tag but the two of the page itself
        Assert.That(exit, Is.EqualTo(0), err);
        var html = File.ReadAllText(Path.Combine(folder, "figures", "shares.html"));
        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(Regex.Matches(html, "</script>").Count, Is.EqualTo(2));
        Assert.That(html, Does.Contain("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;/script&gt;</title>"));
    }

    [Test]
    public void Plot_NotAResultsFolder_ExitsTwoNamingTheFile()
    {
        var (exit, _, err) = Repo.Hedge("plot", Path.Combine(Dir, "nothing"));
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("nothing"));
    }

    [Test]
    public void Plot_UnknownOnly_ExitsTwoListingFigures()
    {
        var folder = SmallRun();
        var (exit, _, err) = Repo.Hedge("plot", folder, "--only", "nope");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("shares").And.Contain("payoff"));
    }

    [Test]
    [Category("LongRunning")] // Chromium draws each PNG
    public void Plot_Png_EveryRunFigureIsDrawn()
    {
        // Given Chromium (CI installs it)
        RequireChromium();
        var folder = SmallRun();

        // When the run is plotted with PNGs
        var (exit, _, err) = Repo.Hedge("plot", folder, "--png");

        // Then every PNG is the figure's size with thousands of non-white pixels
        Assert.That(exit, Is.EqualTo(0), err);
        foreach (var name in RunFigures)
        {
            var (width, height, nonWhite) = PngPixels.Count(Path.Combine(folder, "figures", name + ".png"));
            Assert.That((width, height), Is.EqualTo((1200, 800)), name);
            Assert.That(nonWhite, Is.GreaterThan(5000), name);
        }
    }

    [Test]
    [Category("LongRunning")] // Chromium draws each PNG
    public void Plot_Png_EverySweepFigureIsDrawn()
    {
        // Given Chromium and a small sweep of the baseline
        RequireChromium();
        var folder = Path.Combine(Dir, "results", "sweep");
        Assert.That(Repo.Hedge("sweep", Repo.Experiment("kazakhstan-baseline.yaml"), "--replications", "2", "--out", folder, "--quiet").Exit, Is.EqualTo(0));

        // When it is plotted with PNGs
        var (exit, _, err) = Repo.Hedge("plot", folder, "--png");

        // Then each of the four sweep kinds gives a PNG of the figure's size with thousands of non-white pixels
        Assert.That(exit, Is.EqualTo(0), err);
        foreach (var name in new[] { "phase-capacity-riskaversion", "shares-by-capacity", "payoff-by-archetype-KAZ", "mean-vs-q05-KAZ" })
        {
            var (width, height, nonWhite) = PngPixels.Count(Path.Combine(folder, "figures", name + ".png"));
            Assert.That((width, height), Is.EqualTo((1200, 800)), name);
            Assert.That(nonWhite, Is.GreaterThan(5000), name);
        }
    }

    [Test]
    public void Plot_MetricByOverOneOfTwoSweptParameters_DrawsTheMetricPooledOverTheOther()
    {
        // Given the baseline with a metric-by figure over one of its two swept parameters, swept at 2 replications
        var experiment = Path.Combine(Dir, "metric.yaml");
        Directory.CreateDirectory(Dir);
        File.WriteAllText(experiment, Repo.ExperimentText("kazakhstan-baseline.yaml").Replace("plots:\n",
            "plots:\n  - {kind: metric-by, actor: KAZ, metric: mean_losses, x: actors.KAZ.riskAversion}\n"));
        var folder = Path.Combine(Dir, "sweep");
        Assert.That(Repo.Hedge("sweep", experiment, "--replications", "2", "--out", folder, "--quiet").Exit, Is.EqualTo(0));

        // When it is plotted
        var (exit, _, err) = Repo.Hedge("plot", folder, "--only", "metric-by-KAZ-mean_losses-actors.KAZ.riskAversion");

        // Then the page names the metric in its default title and gives its meaning on the y axis
        Assert.That(exit, Is.EqualTo(0), err);
        var page = Path.Combine(folder, "figures", "metric-by-KAZ-mean_losses-actors.KAZ.riskAversion.html");
        var html = File.ReadAllText(page);
        Assert.That(html, Does.Contain("mean_losses against actors.KAZ.riskAversion"));
        Assert.That(html, Does.Contain("mean losses per round"));
        AssertOffline(page);
    }

    [Test]
    public void Plot_EngagementFigure_OneLinePerCounterpartyWithEventsMarked()
    {
        // Given the baseline with an engagement figure for KAZ, run at 2 replications
        var experiment = Path.Combine(Dir, "engagement.yaml");
        Directory.CreateDirectory(Dir);
        File.WriteAllText(experiment, Repo.ExperimentText("kazakhstan-baseline.yaml").Replace("plots:\n",
            "plots:\n  - {kind: engagement, actor: KAZ}\n"));
        var folder = SmallRun(experiment);

        // When it is plotted (with a PNG when Chromium is there)
        var png = Chromium.Find() is not null;
        var (exit, _, err) = Repo.Hedge(["plot", folder, "--only", "engagement-KAZ", .. png ? new[] { "--png" } : []]);

        // Then the page has the default title, one step line per counterparty of KAZ (named) and the baseline's events on the time axis
        Assert.That(exit, Is.EqualTo(0), err);
        var page = Path.Combine(folder, "figures", "engagement-KAZ.html");
        var html = File.ReadAllText(page);
        Assert.That(html, Does.Contain("Engagement weight per counterparty"));
        foreach (var name in new[] { "Russia (RUS)", "China (CHN)", "European Union (EUR)", "United States (USA)", "(TUR)", "Gulf states (GLF)" })
            Assert.That(html, Does.Contain(name), name);
        Assert.That(html, Does.Contain("\"shape\":\"hv\""), "weights drawn as steps");
        Assert.That(html, Does.Contain("2022: war in Ukraine (2022Q1)"));
        AssertOffline(page);
        if (png)
        {
            var (width, height, nonWhite) = PngPixels.Count(Path.Combine(folder, "figures", "engagement-KAZ.png"));
            Assert.That((width, height, nonWhite > 5000), Is.EqualTo((1200, 800, true)));
        }
    }

    [Test]
    public void Plot_MetricByWeight_DrawsTheMeanWeightOnACounterparty()
    {
        // Given the redundancy experiment (one swept parameter) with a metric-by figure of KAZ's weight on China, at 2 replications
        var experiment = Path.Combine(Dir, "weight.yaml");
        Directory.CreateDirectory(Dir);
        File.WriteAllText(experiment, File.ReadAllText(Repo.Experiment("04-redundancy-denial.yaml")).Replace("plots:\n",
            "plots:\n  - {kind: metric-by, name: weight-chn, actor: KAZ, metric: weight_CHN, x: routes.tacheng.capacity}\n"));
        var folder = Path.Combine(Dir, "sweep");
        var sweep = Repo.Hedge("sweep", experiment, "--replications", "2", "--out", folder, "--quiet");
        Assert.That(sweep.Exit, Is.EqualTo(0), sweep.Err);

        // When it is plotted
        var (exit, _, err) = Repo.Hedge("plot", folder, "--only", "weight-chn");

        // Then the page reads weight_CHN's mean and interval from points.csv and says what it measures
        Assert.That(exit, Is.EqualTo(0), err);
        var html = File.ReadAllText(Path.Combine(folder, "figures", "weight-chn.html"));
        Assert.That(html, Does.Contain("weight_CHN against routes.tacheng.capacity").And.Contain("mean engagement weight on CHN"));
        Assert.That(File.ReadLines(Path.Combine(folder, "points.csv")).First(), Does.Contain("weight_CHN_ci95_high"));
    }

    [Test]
    [Category("LongRunning")] // Chromium draws each PNG
    public void Plot_Png_MetricByFiguresAreDrawn()
    {
        // Given Chromium and the redundancy experiment (one swept parameter, so drawn from points.csv) at 4 replications
        RequireChromium();
        var folder = Path.Combine(Dir, "results", "sweep");
        Assert.That(Repo.Hedge("sweep", Repo.Experiment("04-redundancy-denial.yaml"), "--replications", "4", "--out", folder, "--quiet").Exit, Is.EqualTo(0));

        // When it is plotted with PNGs
        var (exit, _, err) = Repo.Hedge("plot", folder, "--png");

        // Then both metric-by figures give a PNG of the figure's size with thousands of non-white pixels
        Assert.That(exit, Is.EqualTo(0), err);
        foreach (var name in new[] { "losses-by-tacheng", "q05-by-tacheng" })
        {
            var (width, height, nonWhite) = PngPixels.Count(Path.Combine(folder, "figures", name + ".png"));
            Assert.That((width, height), Is.EqualTo((1200, 800)), name);
            Assert.That(nonWhite, Is.GreaterThan(5000), name);
        }
    }

    /// <summary>Skips a PNG test where Chromium is missing; under CI=true (whose .ci/run installs it) fails instead, so a
    /// broken set-up never passes quietly.</summary>
    private static void RequireChromium()
    {
        if (Chromium.Find() is not null) return;
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"CI=true, but chromium is not on PATH: {Chromium.InstallHint}");
        Assert.Ignore($"chromium is not on PATH: {Chromium.InstallHint}");
    }

    private static void AssertOffline(string html)
    {
        var text = File.ReadAllText(html);
        Assert.That(Regex.IsMatch(text, "(src|href)\\s*=\\s*\"(https?:)?//", RegexOptions.IgnoreCase), Is.False, html);
        Assert.That(Regex.IsMatch(text, "<script[^>]*https?://", RegexOptions.IgnoreCase), Is.False, html);
        var src = Regex.Match(text, "<script src=\"([^\"]+)\"").Groups[1].Value;
        Assert.That(File.Exists(Path.Combine(Path.GetDirectoryName(html)!, src)), $"{html}: {src}");
    }
}
