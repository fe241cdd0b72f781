namespace HedgeAgents.Cli.Commands.Slurm;

/// <summary>The result of one Slurm client command: its exit code and what it printed.</summary>
internal sealed record ToolResult(int Exit, string Out, string Err);
