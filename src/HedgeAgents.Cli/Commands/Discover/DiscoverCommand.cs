using System.CommandLine;
using System.Globalization;
using HedgeAgents.Core.Sensitivity;
using HedgeAgents.Reporting;
using HedgeAgents.Reporting.Discovery;
using HedgeAgents.Reporting.Png;

namespace HedgeAgents.Cli.Commands.Discover;

/// <summary><c>hedge discover</c>: scenario discovery on a finished sweep: PRIM's boxes where an outcome holds and a
/// classification tree's permutation feature importance.</summary>
internal static class DiscoverCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "a sweep folder written by 'hedge sweep' (its points.csv is read)" };
        var where = new Option<string>("--where")
        {
            Description = "the outcome of interest, '<metric> <op> <number>' with op among > >= < <= ==, tested on each point's mean over its replications, e.g. \"share_hedging > 0.5\"",
            Required = true,
        };
        var actor = new Option<string?>("--actor") { Description = "the actor whose metric is read (default: the first actor in points.csv)" };
        var threshold = new Option<double?>("--threshold")
        {
            Description = "choose the box of greatest coverage whose density is at least this (default: the densest box with coverage ≥ 0.8)",
        };
        var peel = new Option<double>("--peel") { Description = "PRIM's peeling α: the share of the box's points each peel removes (0 < α < 0.5)", DefaultValueFactory = _ => 0.05 };
        var minMass = new Option<double>("--min-mass") { Description = "PRIM's minimum mass: no box holds fewer than this share of all points (0 < β ≤ 1)", DefaultValueFactory = _ => 0.05 };
        var png = new Option<bool>("--png") { Description = "also write the figure as PNG (needs Chromium on PATH)" };
        var output = new Option<string?>("--out") { Description = $"output folder (default: <folder>/{DiscoveryReport.FolderName}/), e.g. to keep the boxes of a second outcome beside the first" };
        var command = new Command("discover",
            "Scenario discovery on a finished sweep: where in parameter space does an outcome hold? Writes into <folder>/discover/ " +
            "PRIM's peeling trajectory (boxes.csv) and its figure, the chosen box as rules (rules.txt, also printed), a classification " +
            "tree's permutation feature importance (importance.csv) and a README with the command.\n\n" +
            "Example:\n  hedge sweep experiments/12-where-hedging-wins.yaml --out results/12-where-hedging-wins\n" +
            "  hedge discover results/12-where-hedging-wins --where \"share_hedging > 0.5\" --actor KAZ --png")
        {
            folder, where, actor, threshold, peel, minMass, png, output,
        };
        command.SetAction(parse => Execute(parse.GetValue(folder)!, parse.GetValue(where)!, parse.GetValue(actor), parse.GetValue(threshold),
            parse.GetValue(peel), parse.GetValue(minMass), parse.GetValue(png), parse.GetValue(output), stdout, stderr));
        return command;
    }

    private static int Execute(string path, string whereText, string? actorId, double? threshold, double peel, double minMass, bool png,
        string? output, TextWriter stdout, TextWriter stderr)
    {
        DiscoveryInput input;
        try
        {
            var results = ResultsFolder.Open(path);
            if (results.Kind != ResultsKind.Sweep)
            {
                stderr.WriteLine($"hedge discover: {Path.Combine(path, ResultsFolder.ManifestName)}: not a sweep folder; 'hedge discover' reads " +
                                 "the points.csv of a folder written by 'hedge sweep'");
                return CliApp.BadInput;
            }
            input = DiscoveryInput.Open(results);
        }
        catch (FigureDataException e)
        {
            stderr.WriteLine($"hedge discover: {e.Message}");
            return CliApp.BadInput;
        }
        OutcomeCondition where;
        try
        {
            where = OutcomeCondition.Parse(whereText, input.Metrics);
        }
        catch (FormatException e)
        {
            stderr.WriteLine($"hedge discover: --where: {e.Message}");
            return CliApp.BadInput;
        }
        if (threshold is { } t && !(t > 0 && t <= 1))
        {
            stderr.WriteLine($"hedge discover: --threshold: {t.ToString(CultureInfo.InvariantCulture)} is not a density; expected a number in (0, 1]");
            return CliApp.BadInput;
        }
        var options = new PrimOptions(PeelAlpha: peel, MinMass: minMass);
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"hedge discover: {(e.ParamName == nameof(PrimOptions.MinMass) ? "--min-mass" : "--peel")}: {e.Message.Split(" (Parameter")[0]}");
            return CliApp.BadInput;
        }
        var actor = actorId ?? input.Actors[0];
        DiscoveryResult result;
        try
        {
            var data = input.Select(actor, where);
            result = ScenarioDiscovery.Run(data, new DiscoverySettings(options, threshold));
        }
        catch (FigureDataException e)
        {
            stderr.WriteLine($"hedge discover: {(actorId is null ? "" : "--actor: ")}{e.Message}");
            return CliApp.BadInput;
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"hedge discover: {input.File}: {e.Message.Split(" (Parameter")[0]}");
            return CliApp.BadInput;
        }
        if (actorId is null) stderr.WriteLine($"hedge discover: --actor not given; reading {actor}, the first actor in {input.File}");
        foreach (var text in input.TextParameters)
            stderr.WriteLine($"hedge discover: note: the text axis {text} is left out (PRIM's boxes need ordered values)");
        var chromium = png ? Chromium.Find() : null;
        if (png && chromium is null)
        {
            stderr.WriteLine($"hedge discover: --png: chromium is not on PATH, so nothing was written; {Chromium.InstallHint}");
            return CliApp.BadInput;
        }
        IReadOnlyList<string> written;
        try
        {
            written = DiscoveryReport.Write(result, path, output ?? Path.Combine(path, DiscoveryReport.FolderName),
                CommandLine(path, where, actorId is null ? null : actor, threshold, peel, minMass, png, output), chromium);
        }
        catch (IOException e)
        {
            stderr.WriteLine($"hedge discover: {e.Message}");
            return CliApp.Failure;
        }
        stdout.Write(DiscoveryReport.Rules(result));
        stdout.WriteLine();
        foreach (var file in written) stdout.WriteLine($"wrote {file}");
        return CliApp.Ok;
    }

    /// <summary>The command that regenerates the folder, options at their defaults left out.</summary>
    private static string CommandLine(string path, OutcomeCondition where, string? actor, double? threshold, double peel, double minMass, bool png,
        string? output)
    {
        static string N(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        var words = new List<string> { "hedge", "discover", path, "--where", $"\"{where}\"" };
        if (actor is not null) words.AddRange(["--actor", actor]);
        if (threshold is { } t) words.AddRange(["--threshold", N(t)]);
        if (peel != 0.05) words.AddRange(["--peel", N(peel)]);
        if (minMass != 0.05) words.AddRange(["--min-mass", N(minMass)]);
        if (output is not null) words.AddRange(["--out", output]);
        if (png) words.Add("--png");
        return string.Join(' ', words);
    }
}
