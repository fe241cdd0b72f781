using System.CommandLine;
using System.Globalization;
using HedgeAgents.Cli.Progress;
using HedgeAgents.Reporting.Reproduction;
using HedgeAgents.Experiments.Sweeps;

namespace HedgeAgents.Cli.Commands.Sweep;

/// <summary><c>hedge sweep</c>: runs an experiment's <c>sweep:</c> design, streaming runs.csv, runs.parquet,
/// points.csv and manifest.json; resumable, shardable, and independent of the thread count.</summary>
internal static class SweepCommand
{
    /// <summary>Exit code of a sweep stopped by Ctrl-C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = ExperimentInput.FileArgument();
        var output = new Option<string?>("--out") { Description = "output folder (default: results/<name>/sweep/)" };
        var threads = new Option<int?>("--threads") { Description = "worker threads (default: all cores); output does not depend on it" };
        var replications = new Option<int?>("--replications") { Description = "replications per point (overrides the file)" };
        var seed = new Option<ulong?>("--seed") { Description = "master seed (overrides the file's seed)" };
        var resume = new Option<bool>("--resume") { Description = "continue an interrupted sweep in --out; the result is the same as an uninterrupted one" };
        var shard = new Option<string?>("--shard") { Description = "run only shard i of n (0-based, e.g. 2/8) into <out>/part-i-of-n/; join with hedge merge" };
        var quiet = new Option<bool>("--quiet") { Description = "no progress on stderr" };
        var noFigures = new Option<bool>("--no-figures") { Description = "do not draw the experiment's figures into <out>/figures/" };
        var chunk = new Option<int>("--chunk-size")
        {
            Description = "runs per committed chunk: the most an interruption can lose (default 256); keep it when resuming",
            DefaultValueFactory = _ => 256,
        };
        var set = ExperimentInput.SetOption();
        var command = new Command("sweep", """
            Run the experiment's sweep: every design point × replication, in parallel, streamed to disk in chunks.
            Example: hedge sweep experiments/kazakhstan-baseline.yaml --threads 2 --out /tmp/kaz-sweep
            """)
        {
            file, output, threads, replications, seed, resume, shard, quiet, chunk, noFigures, set,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var sets = new List<string>();
            if (parse.GetValue(seed) is { } s) sets.Add(string.Create(CultureInfo.InvariantCulture, $"seed={s}"));
            if (parse.GetValue(replications) is { } r) sets.Add(string.Create(CultureInfo.InvariantCulture, $"replications={r}"));
            sets.AddRange(parse.GetValue(set) ?? []);
            var config = ExperimentInput.LoadSweep(path, sets, stderr);
            if (config is null) return CliApp.BadInput;
            var workers = parse.GetValue(threads) ?? Environment.ProcessorCount;
            if (workers < 1)
            {
                stderr.WriteLine("--threads: must be at least 1");
                return CliApp.BadInput;
            }
            var chunkSize = parse.GetValue(chunk);
            if (chunkSize < 1)
            {
                stderr.WriteLine("--chunk-size: must be at least 1");
                return CliApp.BadInput;
            }
            Shard? part = null;
            if (parse.GetValue(shard) is { } shardText && (part = Shard.Parse(shardText, out var problem)) is null)
            {
                stderr.WriteLine(problem);
                return CliApp.BadInput;
            }

            var plan = new SweepPlan(config);
            var outDir = parse.GetValue(output) ?? Path.Combine("results", config.Name, "sweep");
            var canonical = CommandLineQuoting.Join(new[] { "hedge", "sweep", path, "--out", outDir }.Concat(sets.SelectMany(x => new[] { "--set", x })));
            var options = new SweepOptions(outDir, workers, parse.GetValue(resume), part, canonical, chunkSize);
            var isQuiet = parse.GetValue(quiet);
            if (!isQuiet)
            {
                stderr.WriteLine($"hedge sweep: {config.Name}: {plan.Sweep.Design} design, {plan.Points} point(s) × {plan.Replications} replication(s) = {plan.Runs} runs" +
                    (part is null ? "" : $"; shard {part.Index}/{part.Count}: runs {part.Range(plan.Runs).Start}–{part.Range(plan.Runs).End - 1}"));
                foreach (var (swept, period) in plan.OverriddenByEvents().Distinct())
                    stderr.WriteLine($"note: {swept} is swept, but an event sets it at {period}: from then on the event's value holds");
            }

            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            SweepProgress? progress = null;
            try
            {
                var outcome = SweepSession.Run(plan, options,
                    (already, total) => progress = new SweepProgress(stderr, total, already, isQuiet),
                    n => progress?.Advance(n),
                    cancel.Token);
                progress?.Dispose();
                switch (outcome)
                {
                    case SweepOutcome.Cancelled:
                        stderr.WriteLine($"hedge sweep: stopped; the runs committed so far are kept. Continue with: {canonical}" +
                            (part is null ? "" : $" --shard {part.Index}/{part.Count}") + " --resume");
                        return Interrupted;
                    case SweepOutcome.AlreadyComplete:
                        stderr.WriteLine($"hedge sweep: {outDir} is already complete; nothing to do");
                        return CliApp.Ok;
                    default:
                        stdout.WriteLine(part is null ? $"wrote {outDir}" : $"wrote {Path.Combine(outDir, part.Folder)} (merge the parts with: hedge merge {HedgeAgents.Reporting.Reproduction.CommandLineQuoting.Quote(outDir)})");
                        if (part is null && !parse.GetValue(noFigures)) Plot.PlotCommand.DrawAfterRun(config, outDir, stdout);
                        return CliApp.Ok;
                }
            }
            catch (SweepRefusedException e)
            {
                progress?.Dispose();
                stderr.WriteLine($"hedge sweep: {e.Message}");
                return CliApp.BadInput;
            }
            catch (IOException e)
            {
                // A full disk or a lost folder: every committed chunk is durable, so the sweep resumes where it failed.
                progress?.Dispose();
                stderr.WriteLine($"hedge sweep: could not write into {outDir}: {e.Message}. The runs committed so far are kept; " +
                    $"free space (or fix the folder) and continue with: {canonical}" + (part is null ? "" : $" --shard {part.Index}/{part.Count}") + " --resume");
                return CliApp.Failure;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        });
        return command;
    }
}
