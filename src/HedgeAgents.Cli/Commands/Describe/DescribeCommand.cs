using System.CommandLine;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Cli.Commands.Describe;

/// <summary><c>hedge describe</c>: every parameter path with its value, one per line (<c>path = value</c>); with
/// <c>--explain</c>, each with its unit, allowed range and meaning.</summary>
internal static class DescribeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = ExperimentInput.FileArgument();
        var set = ExperimentInput.SetOption();
        var explain = new Option<bool>("--explain")
        {
            Description = "also print each path's unit, allowed range and meaning: path = value unit  (range)  meaning",
        };
        var command = new Command("describe", "List every parameter path of an experiment with its value, one per line: the paths that --set, events and sweeps take.\n" +
            "With --explain, each line also gives the unit, the allowed range and the meaning (the schema's and docs/config-reference.md's tables).\n" +
            "Exit: 0 ok, 2 the file does not load (errors as file:line:col: key: message).\n" +
            "Example: hedge describe experiments/kazakhstan-baseline.yaml --explain --set shocks.scale=2") { file, set, explain };
        command.SetAction(parse =>
        {
            var config = ExperimentInput.Load(parse.GetValue(file)!, parse.GetValue(set) ?? [], stderr);
            if (config is null) return CliApp.BadInput;
            if (!parse.GetValue(explain))
            {
                foreach (var (path, value) in ParameterPaths.Describe(config)) stdout.WriteLine($"{path} = {value}");
                return CliApp.Ok;
            }
            foreach (var e in ParameterPaths.Explain(config)) stdout.WriteLine(Line(e));
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary><c>routes.cpc.capacity = 67 Mt/yr  (&gt;= 0)  capacity per year (Mt); 0 = not built yet</c>.</summary>
    internal static string Line(ParameterExplanation e)
    {
        var value = e.Unit.Length > 0 ? $"{e.Value} {e.Unit}" : e.Value;
        var range = e.Range.Length > 0 ? $"  ({e.Range})" : "";
        return $"{e.Path} = {value}{range}  {e.Description}";
    }
}
