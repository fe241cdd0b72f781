using System.CommandLine;
using System.Globalization;
using HedgeAgents.Core;
using HedgeAgents.Reporting;
using HedgeAgents.Reporting.Png;
using HedgeAgents.Reporting.Reproduction;
using HedgeAgents.Reporting.Sensitivity;

namespace HedgeAgents.Cli.Commands.Sensitivity;

/// <summary><c>hedge sensitivity</c>: Sobol' indices or Morris elementary effects of one summary metric over the
/// parameters of a <c>sobol</c> or <c>morris</c> sweep, read from a finished sweep folder or after running the
/// experiment's sweep; writes <c>&lt;folder&gt;/sensitivity/</c>.</summary>
internal static class SensitivityCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("input") { Description = $"an experiment file with a {NameList.Join(SweepRecord.AnalysableDesigns)} sweep (runs it first), or a finished sweep folder" };
        var metric = new Option<string>("--metric") { Description = "the summary metric of runs.csv (share_hedging, q05_payoff, weight_CHN, …)", Required = true };
        var actor = new Option<string?>("--actor") { Description = "whose metric (default: the first middle power)" };
        var output = new Option<string?>("--out") { Description = "with an experiment: the sweep folder (default: results/<name>/sweep/, as hedge sweep)" };
        var bootstrap = new Option<int>("--bootstrap") { Description = "bootstrap resamples for the intervals (default 1000)", DefaultValueFactory = _ => 1000 };
        var confidence = new Option<double>("--confidence") { Description = "confidence level of the intervals (default 0.95)", DefaultValueFactory = _ => 0.95 };
        var seed = new Option<ulong?>("--seed") { Description = "bootstrap seed (default: the sweep's master seed)" };
        var png = new Option<bool>("--png") { Description = "also write the chart as PNG (needs Chromium on PATH)" };
        var set = ExperimentInput.SetOption();
        var command = new Command("sensitivity", """
            Sensitivity indices of one metric over a sweep's parameters: first-order and total Sobol' indices for a 'sobol'
            sweep, Morris μ, μ*, σ for a 'morris' sweep, with bootstrap intervals. The output of each design point is the
            mean of the metric over its replications; the runs of a base sample (or trajectory) share their seeds, so noise
            adds nothing to a parameter the model ignores, and a last row, noise, gives the share of the variance that is
            replication noise. Writes <folder>/sensitivity/sensitivity-<metric>-<actor>.csv, a bar chart (.html, .png with
            --png) and README.md; prints the table.
            Examples:
              hedge sensitivity experiments/11-what-drives-hedging.yaml --metric share_hedging --actor KAZ
              hedge sensitivity results/11-what-drives-hedging --metric q05_payoff --png
            """)
        {
            input, metric, actor, output, bootstrap, confidence, seed, png, set,
        };
        command.SetAction(parse => Execute(parse.GetValue(input)!, parse.GetValue(metric)!, parse.GetValue(actor), parse.GetValue(output),
            parse.GetValue(bootstrap), parse.GetValue(confidence), parse.GetValue(seed), parse.GetValue(png), parse.GetValue(set) ?? [], stdout, stderr));
        return command;
    }

    private static int Execute(string input, string metric, string? actor, string? output, int resamples, double level, ulong? seed,
        bool png, string[] sets, TextWriter stdout, TextWriter stderr)
    {
        const string verb = "hedge sensitivity";
        if (resamples < Core.Sensitivity.BootstrapOptions.MinResamples)
            return Bad(stderr, $"--bootstrap: must be at least {Core.Sensitivity.BootstrapOptions.MinResamples}; it is {resamples}");
        if (!(level > 0 && level < 1))
            return Bad(stderr, $"--confidence: must be strictly between 0 and 1 (e.g. 0.95); it is {level.ToString(CultureInfo.InvariantCulture)}");
        string folder;
        if (File.Exists(input))
        {
            // An experiment: check it and its design before anything runs, then run its sweep exactly as hedge sweep does.
            var config = ExperimentInput.Load(input, sets, stderr);
            if (config is null) return CliApp.BadInput;
            if (config.Sweep is null || !SweepRecord.AnalysableDesigns.Contains(config.Sweep.Design))
                return Bad(stderr, $"{input}: sweep.design: " + (config.Sweep is null ? "the experiment has no 'sweep:' section" : $"the design is '{config.Sweep.Design}'") +
                    $"; sensitivity indices need {SweepRecord.DescribeAnalysable("'design: {0}' ({1})")}; see docs/sweeps.md");
            // The metric and actor are checked against the experiment too, so a typo does not cost a sweep.
            var metrics = Experiments.Output.SummaryMetrics.Of(config.Initial).Columns;
            if (!metrics.Contains(metric))
                return Bad(stderr, $"--metric: no metric '{metric}'; metrics: {string.Join(", ", metrics)}");
            var choosing = config.Initial.Actors.Where(a => a.Chooses).Select(a => a.Id).ToList();
            if (actor is not null && !choosing.Contains(actor))
                return Bad(stderr, $"--actor: '{actor}' is not an actor that chooses in {input}; actors: {string.Join(", ", choosing)}");
            actor ??= Plotter.DefaultActor(config);
            folder = output ?? Path.Combine("results", config.Name, "sweep");
            string[] sweep = ["sweep", input, "--out", folder, .. sets.SelectMany(s => new[] { "--set", s })];
            var exit = CliApp.Run(sweep, stdout, stderr);
            if (exit != CliApp.Ok) return exit;
        }
        else if (Directory.Exists(input))
        {
            if (sets.Length > 0) return Bad(stderr, "--set: applies when an experiment is given (it changes the sweep that runs); a finished sweep folder is read as it is");
            if (output is not null) return Bad(stderr, $"--out: applies when an experiment is given; the analysis of a folder goes into {Path.Combine(input, SensitivityWriter.FolderName)}");
            folder = input;
        }
        else return Bad(stderr, $"{input}: no such file or folder; give an experiment file with a {NameList.Join(SweepRecord.AnalysableDesigns)} sweep, or a finished sweep folder");

        try
        {
            actor ??= DefaultActor(folder);
            var result = SensitivityResult.Compute(folder, metric, actor, resamples, level, seed);
            var chromium = png ? Chromium.Find() : null;
            var words = new List<string> { "hedge", "sensitivity", folder, "--metric", metric, "--actor", actor,
                "--bootstrap", resamples.ToString(CultureInfo.InvariantCulture), "--confidence", level.ToString(CultureInfo.InvariantCulture),
                "--seed", result.Bootstrap.Seed.ToString(CultureInfo.InvariantCulture) };
            if (png) words.Add("--png");
            var files = SensitivityWriter.Write(result, CommandLineQuoting.Join(words), chromium);
            stdout.WriteLine(result.Description());
            stdout.Write(result.Table());
            stdout.WriteLine($"wrote {files.Csv}, {Path.GetFileName(files.Html)}" + (files.Png is null ? "" : $", {Path.GetFileName(files.Png)}") + ", README.md");
            if (png && chromium is null)
            {
                stderr.WriteLine($"{verb}: --png: Chromium was not found on PATH, so only the HTML chart was written; {Chromium.InstallHint}");
                return CliApp.BadInput;
            }
            return CliApp.Ok;
        }
        catch (SensitivityInputException e)
        {
            stderr.WriteLine($"{verb}: {e.Message}");
            stderr.WriteLine($"{verb}: nothing was written into {Path.Combine(folder, SensitivityWriter.FolderName)}.");
            return CliApp.BadInput;
        }
        catch (FigureDataException e)
        {
            stderr.WriteLine($"{verb}: {e.Message}");
            return CliApp.BadInput;
        }
    }

    /// <summary>The first middle power of the sweep's experiment, when its file is found as <c>hedge plot</c> finds it;
    /// else the first actor of runs.csv.</summary>
    private static string DefaultActor(string folder)
    {
        var results = ResultsFolder.Open(folder);
        if (Plot.PlotCommand.FindExperiment(results) is { } file)
        {
            try
            {
                return Plotter.DefaultActor(Experiments.Config.ExperimentLoader.Load(file, []));
            }
            catch (Experiments.Config.ConfigException)
            {
                // The file changed since the sweep; the data still name their actors.
            }
        }
        return PointOutputs.Actors(folder).FirstOrDefault()
            ?? throw new SensitivityInputException(Path.Combine(folder, "runs.csv"), "no runs; the sweep is empty");
    }

    private static int Bad(TextWriter stderr, string message)
    {
        stderr.WriteLine($"hedge sensitivity: {message}");
        return CliApp.BadInput;
    }
}
