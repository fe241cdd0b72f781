using System.CommandLine;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Cli.Commands;

/// <summary>The experiment-file argument and the <c>--set</c> option shared by verbs, with uniform error reporting.</summary>
internal static class ExperimentInput
{
    public static Argument<string> FileArgument() => new("experiment") { Description = "the experiment file (YAML)" };

    public static Option<string[]> SetOption() => new("--set")
    {
        Description = "override a parameter by path, e.g. --set shocks.sanctions.hazard=0.1 (repeatable)",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Loads a config, printing every error as file:line:col: key: message; null on bad input.</summary>
    public static ExperimentConfig? Load(string file, IEnumerable<string> sets, TextWriter stderr)
    {
        if (!File.Exists(file))
        {
            stderr.WriteLine($"{file}:0:0: file: no such file");
            return null;
        }
        try
        {
            return ExperimentLoader.Load(file, sets);
        }
        catch (ConfigException e)
        {
            foreach (var error in e.Errors) stderr.WriteLine(error.ToString());
            stderr.WriteLine($"hedge: {e.Errors.Count} error(s) in {file}; nothing was written.");
            return null;
        }
    }
}
