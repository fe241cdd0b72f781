using HedgeAgents.Core.Collections;
using HedgeAgents.Core.Indicators;

namespace HedgeAgents.Experiments.Running;

/// <summary>What one replication produced: its seed, its rounds.csv and engagement.csv rows and its summaries.</summary>
public sealed record ReplicationResult(int Replication, ulong Seed, string RoundsRows, string EngagementRows,
    ValueArray<RunSummary> Summaries);
