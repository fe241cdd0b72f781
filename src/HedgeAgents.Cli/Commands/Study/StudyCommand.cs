using System.CommandLine;
using System.Diagnostics;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Reporting.Png;
using HedgeAgents.Reporting.Study;

namespace HedgeAgents.Cli.Commands.Study;

/// <summary><c>hedge study</c>: runs every step of a study file (each a <c>hedge run</c> or <c>hedge sweep</c>), then
/// draws every folder's figures with PNGs, so that one command regenerates <c>results/</c>.</summary>
internal static class StudyCommand
{
    /// <summary>The study file used when none is given: the papers' claims, relative to the repository root.</summary>
    public const string DefaultFile = "experiments/study.yaml";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("study") { Description = $"the study file (default {DefaultFile})", DefaultValueFactory = _ => DefaultFile };
        var noPng = new Option<bool>("--no-png") { Description = "draw the HTML figures only (PNGs need Chromium on PATH)" };
        var only = new Option<string?>("--only") { Description = "run only the steps whose command contains this text, e.g. --only 04-redundancy" };
        var list = new Option<bool>("--list") { Description = "print the steps and exit without running anything" };
        var command = new Command("study", $"""
            Run a whole study: every step of the study file in order (each a 'hedge run' or 'hedge sweep' command with its
            --out folder, written as its manifest records it), then draw every folder's figures as HTML and PNG (not for a
            step with --no-figures: a folder of data for a table, not for pictures). Every
            experiment is checked before anything runs; the first failing step stops the study. Steps overwrite their folders.
            PNGs need Chromium on PATH; without it the study warns and draws the HTML figures only.
            Exit: 0 all done, 1 a step failed, 2 bad input (a study file or experiment that does not load).
            Example: hedge study                   (the papers' claims: {DefaultFile} into results/)
                     hedge study --only 05-middle-corridor --no-png
            """)
        {
            file, noPng, only, list,
        };
        command.SetAction(parse => Execute(parse.GetValue(file)!, !parse.GetValue(noPng), parse.GetValue(only), parse.GetValue(list), stdout, stderr));
        return command;
    }

    private static int Execute(string path, bool png, string? only, bool listOnly, TextWriter stdout, TextWriter stderr)
    {
        StudyFile study;
        try
        {
            if (!File.Exists(path))
            {
                stderr.WriteLine($"{path}:0:0: file: no such file; a study file lists 'hedge run' and 'hedge sweep' commands (see {DefaultFile})");
                return CliApp.BadInput;
            }
            study = StudyFile.Load(path);
        }
        catch (ConfigException e)
        {
            foreach (var error in e.Errors) stderr.WriteLine(error.ToString());
            stderr.WriteLine($"hedge study: {e.Errors.Count} error(s) in {path}; nothing was run.");
            return CliApp.BadInput;
        }

        var steps = only is null ? study.Steps : [.. study.Steps.Where(s => s.Text.Contains(only, StringComparison.Ordinal))];
        if (steps.Count == 0)
        {
            stderr.WriteLine($"hedge study: --only: no step of {path} contains '{only}'; steps write: {string.Join(", ", study.Steps.Select(s => s.Out))}");
            return CliApp.BadInput;
        }
        if (listOnly)
        {
            foreach (var step in steps) stdout.WriteLine(step.Text);
            return CliApp.Ok;
        }

        if (!Check(path, steps, stderr)) return CliApp.BadInput;
        // The study is the README's main command on a fresh machine, which may lack Chromium: the data and the HTML
        // figures are the study, the PNGs a convenience, so their absence is a warning and not a failure.
        if (png && Chromium.Find() is null)
        {
            stderr.WriteLine($"hedge study: warning: Chromium is not on PATH, so the PNG figures will not be redrawn (the HTML " +
                             $"figures will); {Chromium.InstallHint}");
            png = false;
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            stderr.WriteLine($"[{i + 1}/{steps.Count}] {step.Text}");
            // Without Chromium an analysis step draws its HTML only, like every other figure of the study.
            string[] arguments = [.. step.Arguments.Where(a => png || !(step.IsAnalysis && a == "--png"))];
            var exit = CliApp.Run(arguments, stdout, stderr);
            if (exit != CliApp.Ok)
            {
                stderr.WriteLine($"hedge study: {path}:{step.Line}:{step.Column}: step {i + 1} failed with exit {exit}: {step.Text}; " +
                                 $"the folders of steps 1–{i} are complete; fix the step and rerun it with --only {step.Out}");
                return exit;
            }
        }
        if (png)
        {
            foreach (var step in steps.Where(s => s.DrawsFigures))
            {
                stderr.WriteLine($"figures: hedge plot {step.Out} --png");
                var exit = CliApp.Run(["plot", step.Out, "--png"], TextWriter.Null, stderr);
                if (exit != CliApp.Ok)
                {
                    stderr.WriteLine($"hedge study: drawing the figures of {step.Out} failed with exit {exit}; the data are complete");
                    return exit;
                }
            }
        }
        stdout.WriteLine($"study {study.Name}: {steps.Count} step(s) done in {clock.Elapsed.TotalMinutes:F1} min; " +
                         $"folders: {string.Join(", ", steps.Select(s => s.Out).Distinct())}");
        return CliApp.Ok;
    }

    // Every step's experiment must exist and load with its --set values before the first step runs, so that a typo in
    // the last step does not surface after an hour of sweeps.
    private static bool Check(string path, IReadOnlyList<StudyStep> steps, TextWriter stderr)
    {
        var ok = true;
        foreach (var step in steps.Where(s => !s.IsAnalysis))
        {
            if (!File.Exists(step.Experiment))
            {
                stderr.WriteLine($"{path}:{step.Line}:{step.Column}: steps: {step.Experiment}: no such file " +
                                 "(paths are relative to the current directory; run the study from the repository root)");
                ok = false;
            }
            else if (ExperimentInput.Load(step.Experiment, step.Assignments, stderr) is null) ok = false;
        }
        if (!ok) stderr.WriteLine($"hedge study: {path}: a step's experiment does not load; nothing was run.");
        return ok;
    }
}
