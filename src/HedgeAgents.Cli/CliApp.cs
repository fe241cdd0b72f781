using System.CommandLine;
using HedgeAgents.Cli.Commands.Calibrate;
using HedgeAgents.Cli.Commands.Data;
using HedgeAgents.Cli.Commands.Describe;
using HedgeAgents.Cli.Commands.Diff;
using HedgeAgents.Cli.Commands.Discover;
using HedgeAgents.Cli.Commands.Equilibria;
using HedgeAgents.Cli.Commands.Learn;
using HedgeAgents.Cli.Commands.Merge;
using HedgeAgents.Cli.Commands.New;
using HedgeAgents.Cli.Commands.Plot;
using HedgeAgents.Cli.Commands.Reproduce;
using HedgeAgents.Cli.Commands.Schema;
using HedgeAgents.Cli.Commands.Sweep;
using HedgeAgents.Cli.Commands.Run;
using HedgeAgents.Cli.Commands.Sensitivity;
using HedgeAgents.Cli.Commands.Slurm;
using HedgeAgents.Cli.Commands.Study;
using HedgeAgents.Cli.Commands.Validate;

namespace HedgeAgents.Cli;

/// <summary>The <c>hedge</c> command: verbs, exit codes (0 ok, 1 failure, 2 bad input), writers injected for tests.</summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code for a failure of the tool or the run.</summary>
    public const int Failure = 1;

    /// <summary>Exit code for bad input: arguments, files or configs.</summary>
    public const int BadInput = 2;

    /// <summary>Parses and runs a command line, writing data to <paramref name="stdout"/> and messages to <paramref name="stderr"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("hedge: an agent-based, game-theoretic model of how a middle power hedges between great powers.\n" +
            "Exit codes: 0 ok, 1 failure, 2 bad input (a file, key, value or argument; nothing is written), 130 a sweep stopped by Ctrl-C.\n" +
            "Examples: hedge study                                            (the whole study into results/)\n" +
            "          hedge run experiments/kazakhstan-baseline.yaml         (one experiment)\n" +
            "          hedge <verb> --help                                    (each verb, with an example)");
        root.Subcommands.Add(NewCommand.Create(stdout, stderr));
        root.Subcommands.Add(RunCommand.Create(stdout, stderr));
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(DescribeCommand.Create(stdout, stderr));
        root.Subcommands.Add(DiffCommand.Create(stdout, stderr));
        root.Subcommands.Add(SchemaCommand.Create(stdout, stderr));
        root.Subcommands.Add(SweepCommand.Create(stdout, stderr));
        root.Subcommands.Add(MergeCommand.Create(stdout, stderr));
        root.Subcommands.Add(SlurmCommand.Create(stdout, stderr));
        root.Subcommands.Add(LearnCommand.Create(stdout, stderr));
        root.Subcommands.Add(EquilibriaCommand.Create(stdout, stderr));
        root.Subcommands.Add(PlotCommand.Create(stdout, stderr));
        root.Subcommands.Add(SensitivityCommand.Create(stdout, stderr));
        root.Subcommands.Add(DiscoverCommand.Create(stdout, stderr));
        root.Subcommands.Add(ReproduceCommand.Create(stdout, stderr));
        root.Subcommands.Add(CalibrateCommand.Create(stdout, stderr));
        root.Subcommands.Add(StudyCommand.Create(stdout, stderr));
        root.Subcommands.Add(DataCommand.Create(stdout, stderr));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"hedge: {error.Message}");
            stderr.WriteLine("hedge: run 'hedge --help' or 'hedge <verb> --help' for usage.");
            return BadInput;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
