namespace HedgeAgents.Experiments.Sweeps;

/// <summary>How a sweep is to be run.</summary>
/// <param name="OutDir">The sweep's folder (a shard writes into its <c>part-i-of-n/</c> inside it).</param>
/// <param name="Command">The command that reproduces the sweep's output, for the manifest (no thread, shard or resume options).</param>
/// <param name="ChunkSize">Runs per committed chunk: what an interruption can lose at most.</param>
public sealed record SweepOptions(string OutDir, int Threads, bool Resume, Shard? Shard, string Command, long ChunkSize = 256);
