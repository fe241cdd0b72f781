using System.CommandLine;
using HedgeAgents.Experiments.Sweeps;

namespace HedgeAgents.Cli.Commands.Merge;

/// <summary><c>hedge merge</c>: joins the parts of a sharded sweep into the files the unsharded sweep writes.</summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "the sweep's --out folder, holding part-i-of-n/ folders" };
        var command = new Command("merge", """
            Check that every part of a sharded sweep is present, complete and from the same plan, and write runs.csv,
            runs.parquet, points.csv and manifest.json, byte-identical to the unsharded sweep.
            Example: hedge merge results/kaz-sweep
            """)
        {
            folder,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            try
            {
                var runs = SweepMerge.Merge(dir, $"hedge merge {dir}");
                stdout.WriteLine($"merged {runs} runs into {dir}");
                return CliApp.Ok;
            }
            catch (SweepRefusedException e)
            {
                foreach (var line in e.Message.Split(Environment.NewLine)) stderr.WriteLine($"hedge merge: {line}");
                return CliApp.BadInput;
            }
        });
        return command;
    }
}
