using System.CommandLine;
using HedgeAgents.Reporting.Reproduction;

namespace HedgeAgents.Cli.Commands.Reproduce;

/// <summary><c>hedge reproduce</c>: re-runs the command a results folder's manifest records and checks that every
/// data file comes out byte for byte the same.</summary>
internal static class ReproduceCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "a results folder (with manifest.json), or a folder above several" };
        var command = new Command("reproduce", """
            Re-run the command recorded in a results folder's manifest.json into a temporary folder and compare every data
            file with the folder's, byte for byte (and with the manifest's SHA-256). On a difference, name the first file
            that differs and where: the line of a CSV file with both versions, the byte offset of a binary file.
            Given a folder without manifest.json, do every results folder below it (shards and dot-folders skipped).
            Exit: 0 all identical, 1 a difference or a failed re-run, 2 bad input (no or broken manifest, missing input file).
            Example: hedge reproduce results/kazakhstan-baseline
            """)
        {
            folder,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            if (!Directory.Exists(dir))
            {
                stderr.WriteLine($"hedge reproduce: {dir}: no such folder");
                return CliApp.BadInput;
            }
            if (File.Exists(Path.Combine(dir, RecordedManifest.FileName)))
            {
                var (exit, message) = ReproduceOne(dir);
                (exit == CliApp.BadInput ? stderr : stdout).WriteLine(message);
                return exit;
            }
            return ReproduceAll(dir, stdout, stderr);
        });
        return command;
    }

    private static int ReproduceAll(string root, TextWriter stdout, TextWriter stderr)
    {
        var folders = ResultsFolders.Below(root);
        if (folders.Count == 0)
        {
            stderr.WriteLine($"hedge reproduce: no {RecordedManifest.FileName} in {root} or any folder below it");
            return CliApp.BadInput;
        }
        int reproduced = 0, failed = 0, unusable = 0;
        foreach (var dir in folders)
        {
            var (exit, message) = ReproduceOne(dir);
            stdout.WriteLine(message);
            if (exit == CliApp.Ok) reproduced++;
            else if (exit == CliApp.Failure) failed++;
            else unusable++;
        }
        stdout.WriteLine($"total: {reproduced} of {folders.Count} folder(s) reproduced" +
            (failed > 0 ? $", {failed} differ" : "") + (unusable > 0 ? $", {unusable} could not be re-run" : ""));
        // A difference is the finding this verb exists for, so it outranks a folder that could not be checked.
        return failed > 0 ? CliApp.Failure : unusable > 0 ? CliApp.BadInput : CliApp.Ok;
    }

    /// <summary>Re-runs one folder's command into a temporary folder, always deleted, and compares.</summary>
    private static (int Exit, string Message) ReproduceOne(string dir)
    {
        var temp = Path.Combine(Path.GetTempPath(), "hedge-reproduce-" + Guid.NewGuid().ToString("N"));
        try
        {
            RecordedManifest manifest;
            RerunPlan plan;
            try
            {
                manifest = RecordedManifest.Read(dir);
                plan = RerunPlan.Prepare(manifest.Command, dir, temp, Directory.GetCurrentDirectory());
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                return (CliApp.BadInput, $"hedge reproduce: {dir}: {e.Message}");
            }

            var output = new StringWriter();
            var errors = new StringWriter();
            var exit = CliApp.Run([.. plan.Arguments], output, errors);
            if (exit != CliApp.Ok)
            {
                var detail = string.Join("\n", errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "  " + l.TrimEnd('\r')));
                return (CliApp.Failure, $"failed: {dir}: the re-run 'hedge {CommandLineQuoting.Join(plan.Arguments)}' exited with {exit}" +
                    (detail.Length > 0 ? "\n" + detail : ""));
            }
            var rerun = RecordedManifest.Read(temp);
            var report = ReproductionReport.Compare(dir, manifest, temp, rerun.Files.Keys, rerun.Inputs);
            return (report.Reproduced ? CliApp.Ok : CliApp.Failure, report.ToString());
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }
}
