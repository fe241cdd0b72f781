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

    /// <summary>Loads a config that must have a <c>sweep:</c> section (for the verbs that run one); null, with the
    /// errors or what to add printed, on bad input.</summary>
    public static ExperimentConfig? LoadSweep(string file, IEnumerable<string> sets, TextWriter stderr)
    {
        var config = Load(file, sets, stderr);
        if (config is null || config.Sweep is not null) return config;
        stderr.WriteLine($"{file}:1:1: sweep: the experiment has no 'sweep:' section; add one (design, samples, parameters) " +
                         "or use 'hedge run' for a single point; see docs/sweeps.md");
        return null;
    }

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
