using System.CommandLine;
using System.Globalization;
using HedgeAgents.Experiments.Output;
using HedgeAgents.Reporting.Reproduction;
using HedgeAgents.Experiments.Running;

namespace HedgeAgents.Cli.Commands.Run;

/// <summary><c>hedge run</c>: runs an experiment's replications and writes rounds.csv, summary.csv and manifest.json.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = ExperimentInput.FileArgument();
        var output = new Option<string?>("--out") { Description = "output folder (default: results/<name>/)" };
        var seed = new Option<ulong?>("--seed") { Description = "master seed (overrides the file's seed)" };
        var replications = new Option<int?>("--replications") { Description = "number of replications" };
        var rounds = new Option<int?>("--rounds") { Description = "number of rounds" };
        var threads = new Option<int?>("--threads") { Description = "worker threads (default: all cores); output does not depend on it" };
        var noFigures = new Option<bool>("--no-figures") { Description = "do not draw the experiment's figures into <out>/figures/" };
        var set = ExperimentInput.SetOption();
        var command = new Command("run", "Run an experiment end to end and write its results folder (rounds.csv, engagement.csv, summary.csv, manifest.json,\n" +
            "figures/), every file under a temporary name until all are complete. Default folder: results/<name>/.\n" +
            "Exit: 0 ok, 1 failure, 2 bad input (nothing written).\n" +
            "Example: hedge run experiments/kazakhstan-baseline.yaml --replications 5 --set shocks.scale=2 --out /tmp/kaz")
        {
            file, output, seed, replications, rounds, threads, noFigures, set,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var sets = new List<string>();
            if (parse.GetValue(seed) is { } s) sets.Add(string.Create(CultureInfo.InvariantCulture, $"seed={s}"));
            if (parse.GetValue(replications) is { } r) sets.Add(string.Create(CultureInfo.InvariantCulture, $"replications={r}"));
            if (parse.GetValue(rounds) is { } n) sets.Add(string.Create(CultureInfo.InvariantCulture, $"rounds={n}"));
            sets.AddRange(parse.GetValue(set) ?? []);
            var config = ExperimentInput.Load(path, sets, stderr);
            if (config is null) return CliApp.BadInput;
            var workers = parse.GetValue(threads) ?? Environment.ProcessorCount;
            if (workers < 1)
            {
                stderr.WriteLine("--threads: must be at least 1");
                return CliApp.BadInput;
            }
            var outDir = parse.GetValue(output) ?? Path.Combine("results", config.Name);
            stderr.WriteLine($"hedge run: {config.Name}: {config.Replications} replication(s) × {config.Rounds} rounds");
            var results = ExperimentRunner.Run(config, workers,
                done => stderr.WriteLine($"  replication {done}/{config.Replications} done"));
            IReadOnlyDictionary<string, string> hashes;
            try
            {
                hashes = ResultWriter.Write(config, results, outDir, ReproduceCommand(path, outDir, sets));
            }
            catch (IOException e)
            {
                // The files are renamed into place only once all are written, so the folder keeps its previous results.
                stderr.WriteLine($"hedge run: could not write into {outDir}: {e.Message}. Nothing was replaced; free space (or fix the folder) and run again");
                return CliApp.Failure;
            }
            stdout.WriteLine($"wrote {outDir}");
            foreach (var (name, hash) in hashes) stdout.WriteLine($"  {name}  sha256 {hash}");
            stdout.WriteLine("  manifest.json");
            if (!parse.GetValue(noFigures)) Plot.PlotCommand.DrawAfterRun(config, outDir, stdout);
            return CliApp.Ok;
        });
        return command;
    }

    private static string ReproduceCommand(string path, string outDir, IEnumerable<string> sets) =>
        CommandLineQuoting.Join(new[] { "hedge", "run", path, "--out", outDir }.Concat(sets.SelectMany(s => new[] { "--set", s })));
}
