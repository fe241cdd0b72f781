namespace HedgeAgents.Cli.Commands.Slurm;

/// <summary>What the two batch scripts of a sweep on Slurm are made of.</summary>
/// <param name="Name">The experiment's name, for the job names.</param>
/// <param name="Experiment">The experiment file as the user gave it (resolved against <paramref name="WorkingDirectory"/>).</param>
/// <param name="OutDir">The sweep's output folder as the user gave it (resolved against <paramref name="WorkingDirectory"/>).</param>
/// <param name="WorkingDirectory">The absolute folder <c>hedge slurm</c> ran in; the jobs <c>cd</c> there.</param>
/// <param name="Hedge">The words that start <c>hedge</c> on a node: an absolute executable, or <c>dotnet</c> and a dll.</param>
/// <param name="Tasks">The number of array tasks, one shard each.</param>
/// <param name="Sets">The <c>--set path=value</c> overrides, passed through to every task.</param>
/// <param name="Partition">The partition, or null for the cluster's default.</param>
/// <param name="Time">The time limit per task (<c>[D-]HH:MM:SS</c>), or null for the partition's default.</param>
/// <param name="CpusPerTask">Cores per task; each task's sweep runs that many threads.</param>
/// <param name="Mem">Memory per node (e.g. <c>2G</c>), or null for the partition's default.</param>
internal sealed record SlurmJob(
    string Name,
    string Experiment,
    string OutDir,
    string WorkingDirectory,
    IReadOnlyList<string> Hedge,
    int Tasks,
    IReadOnlyList<string> Sets,
    string? Partition,
    string? Time,
    int CpusPerTask,
    string? Mem)
{
    /// <summary>The absolute folder holding the scripts and the jobs' logs.</summary>
    public string SlurmDir => Path.Combine(Path.GetFullPath(OutDir, WorkingDirectory), "slurm");

    /// <summary>The array script: task i runs shard i/<see cref="Tasks"/>.</summary>
    public string ArrayScript => Path.Combine(SlurmDir, "sweep.sbatch");

    /// <summary>The merge script, submitted to run after every task has succeeded.</summary>
    public string MergeScript => Path.Combine(SlurmDir, "merge.sbatch");
}
