using System.CommandLine;

namespace HedgeAgents.Cli.Commands.Validate;

/// <summary><c>hedge validate</c>: checks an experiment file and reports every error at once.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = ExperimentInput.FileArgument();
        var set = ExperimentInput.SetOption();
        var command = new Command("validate", "Check an experiment file; print every error as file:line:col: key: message, each saying what would be valid.\n" +
            "Exit: 0 valid, 2 errors (nothing is run or written).\n" +
            "Example: hedge validate experiments/kazakhstan-baseline.yaml --set actors.KAZ.riskAversion=5") { file, set };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var config = ExperimentInput.Load(path, parse.GetValue(set) ?? [], stderr);
            if (config is null) return CliApp.BadInput;
            stdout.WriteLine($"{path}: ok ({config.Initial.Actors.Length} actors, {config.Rounds} rounds, {config.Events.Length} events)");
            return CliApp.Ok;
        });
        return command;
    }
}
