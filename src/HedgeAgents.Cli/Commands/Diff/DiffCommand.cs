using System.CommandLine;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Cli.Commands.Diff;

/// <summary><c>hedge diff</c>: the parameter paths whose resolved values differ between two experiments, one per line.</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var first = new Argument<string>("a") { Description = "the first experiment file (YAML)" };
        var second = new Argument<string>("b") { Description = "the second experiment file (YAML)" };
        var set = ExperimentInput.SetOption();
        set.Description = "override a parameter of the second file (b) by path before comparing, e.g. --set shocks.scale=2 (repeatable)";
        var command = new Command("diff",
            "List the parameter paths whose resolved values differ between two experiments (defaults included), one per line as\n" +
            "'path: a → b': the settings (rounds, seed, …), the parameters from round 0, then per event round the values in force\n" +
            "from it (events.2022Q1.<path>), the sweep (sweep.<key>, sweep.parameters.<path>) and the figures (plots.<name>);\n" +
            "'(absent)' marks a path, event, sweep or figure only one file has. A file compared with itself prints nothing.\n" +
            "Exit: 0 compared (whether or not they differ), 2 a file does not load.\n" +
            "Example: hedge diff experiments/kazakhstan-baseline.yaml experiments/01-the-2022-shift.yaml") { first, second, set };
        command.SetAction(parse =>
        {
            var a = ExperimentInput.Load(parse.GetValue(first)!, [], stderr);
            var b = ExperimentInput.Load(parse.GetValue(second)!, parse.GetValue(set) ?? [], stderr);
            if (a is null || b is null) return CliApp.BadInput;
            foreach (var line in ExperimentDiff.Compare(a, b)) stdout.WriteLine(line);
            return CliApp.Ok;
        });
        return command;
    }
}
