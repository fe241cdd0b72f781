using System.CommandLine;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Cli.Commands.Describe;

/// <summary><c>hedge describe</c>: every parameter path with its value, one per line (<c>path = value</c>).</summary>
internal static class DescribeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = ExperimentInput.FileArgument();
        var set = ExperimentInput.SetOption();
        var command = new Command("describe", "List every parameter path of an experiment with its value, one per line: the paths that --set, events and sweeps take.\n" +
            "Exit: 0 ok, 2 the file does not load (errors as file:line:col: key: message).\n" +
            "Example: hedge describe experiments/kazakhstan-baseline.yaml --set shocks.scale=2") { file, set };
        command.SetAction(parse =>
        {
            var config = ExperimentInput.Load(parse.GetValue(file)!, parse.GetValue(set) ?? [], stderr);
            if (config is null) return CliApp.BadInput;
            foreach (var (path, value) in ParameterPaths.Describe(config)) stdout.WriteLine($"{path} = {value}");
            return CliApp.Ok;
        });
        return command;
    }
}
