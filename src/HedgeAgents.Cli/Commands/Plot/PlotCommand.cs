using System.CommandLine;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Reporting;
using HedgeAgents.Reporting.Png;

namespace HedgeAgents.Cli.Commands.Plot;

/// <summary><c>hedge plot</c>: draws the figures of a run or sweep results folder from its data files.</summary>
internal static class PlotCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "a results folder written by 'hedge run' or 'hedge sweep'" };
        var png = new Option<bool>("--png") { Description = "also write a PNG of each figure (needs Chromium on PATH)" };
        var only = new Option<string?>("--only") { Description = "draw only the figure with this name (its file stem)" };
        var command = new Command("plot",
            "Draw the experiment's figures (its 'plots:' section, or a default set) from a results folder into <folder>/figures/: " +
            "one HTML page per figure that works offline, a README with the command that regenerates each, and PNGs with --png.\n\n" +
            "Example:\n  hedge run experiments/kazakhstan-baseline.yaml\n  hedge plot results/kazakhstan-baseline --png")
        {
            folder, png, only,
        };
        command.SetAction(parse => Execute(parse.GetValue(folder)!, parse.GetValue(png), parse.GetValue(only), stdout, stderr));
        return command;
    }

    /// <summary>Draws the experiment's figures (HTML) into a folder that <c>run</c> or <c>sweep</c> has just written,
    /// so the main job ends with its pictures; <c>hedge plot</c> redraws them, with PNGs on request.</summary>
    internal static void DrawAfterRun(ExperimentConfig config, string outDir, TextWriter stdout)
    {
        var folder = ResultsFolder.Open(outDir);
        if (folder.Kind == ResultsKind.Other) return;
        var written = Plotter.Write(Plotter.Plan(folder, config), folder, outDir, chromium: null);
        stdout.WriteLine($"  {Plotter.FiguresFolderName}/: {string.Join(", ", written.Select(w => Path.GetFileName(w.Html)))} " +
                         $"(PNGs: hedge plot {outDir} --png)");
    }

    private static int Execute(string path, bool png, string? only, TextWriter stdout, TextWriter stderr)
    {
        ResultsFolder results;
        try
        {
            results = ResultsFolder.Open(path);
        }
        catch (FigureDataException e)
        {
            stderr.WriteLine($"hedge plot: {e.Message}");
            return CliApp.BadInput;
        }
        if (results.Kind == ResultsKind.Other)
        {
            stderr.WriteLine($"hedge plot: {Path.Combine(path, ResultsFolder.ManifestName)}: nothing to plot; figures are drawn from " +
                             "folders of 'hedge run' (rounds.csv) and 'hedge sweep' (runs.csv)");
            return CliApp.BadInput;
        }
        var experimentFile = FindExperiment(results);
        if (experimentFile is null)
        {
            stderr.WriteLine($"hedge plot: {Path.Combine(path, ResultsFolder.ManifestName)}: command: the experiment file " +
                             $"'{results.ExperimentPath}' was found neither from the current directory nor above the results folder");
            return CliApp.BadInput;
        }
        var experiment = ExperimentInput.Load(experimentFile, [], stderr);
        if (experiment is null) return CliApp.BadInput;
        var figures = Plotter.Plan(results, experiment);
        if (only is not null)
        {
            figures = [.. figures.Where(f => f.Spec.FileStem == only)];
            if (figures.Count == 0)
            {
                stderr.WriteLine($"hedge plot: --only: no figure named '{only}'; figures: " +
                                 string.Join(", ", Plotter.Plan(results, experiment).Select(f => f.Spec.FileStem)));
                return CliApp.BadInput;
            }
        }
        var chromium = png ? Chromium.Find() : null;
        try
        {
            Plotter.Write(figures, results, path, chromium, w =>
            {
                stdout.WriteLine($"wrote {w.Html}");
                if (w.Png is not null) stdout.WriteLine($"wrote {w.Png}");
                stdout.WriteLine($"  regenerate: hedge plot {path} --only {w.Request.Spec.FileStem}");
            });
        }
        catch (FigureDataException e)
        {
            stderr.WriteLine($"hedge plot: {e.Message}");
            return CliApp.BadInput;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"hedge plot: {e.Message}");
            return CliApp.Failure;
        }
        stdout.WriteLine($"wrote {Path.Combine(path, Plotter.FiguresFolderName, "README.md")}");
        if (png && chromium is null)
        {
            stderr.WriteLine($"hedge plot: --png: chromium is not on PATH, so no PNG was written (the HTML files were); {Chromium.InstallHint}");
            return CliApp.BadInput;
        }
        return CliApp.Ok;
    }

    /// <summary>The experiment named by the folder's command: relative to the current directory, else to the nearest folder
    /// above the results folder where it exists (commands name it relative to the repository root).</summary>
    internal static string? FindExperiment(ResultsFolder results)
    {
        if (results.ExperimentPath is not { } named) return null;
        if (Path.IsPathRooted(named)) return File.Exists(named) ? named : null;
        if (File.Exists(named)) return named;
        for (var dir = new DirectoryInfo(Path.GetFullPath(results.Path)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, named);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
