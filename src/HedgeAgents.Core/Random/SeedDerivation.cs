namespace HedgeAgents.Core.Random;

/// <summary>Derives a run's and a stream's seed by hashing indices, never by drawing in sequence.</summary>
/// <remarks>
/// Hashing (master, point, replication, stream) means adding a sweep point, a replication or an actor changes
/// no other run, and results cannot depend on thread count, order of completion or sharding.
/// </remarks>
public static class SeedDerivation
{
    /// <summary>The stream index of the environment's draws (shocks and return noise).</summary>
    public const int EnvironmentStream = -1;

    /// <summary>The seed of run (point, replication) under a master seed; a sweep passes the point's seed group
    /// (<see cref="Sweeps.IDesignPoints.SeedGroup"/>), which is the point itself except where a design shares seeds.</summary>
    public static ulong RunSeed(ulong master, long point, long replication) =>
        Combine(Combine(Combine(0x48656467654167UL, master), (ulong)point), (ulong)replication);

    /// <summary>The seed of a sampled sweep design (LHS permutations, Morris trajectories) under a master seed:
    /// a tag of its own, so the design's draws are independent of every run's.</summary>
    public static ulong DesignSeed(ulong master) => Combine(Combine(0x4465736967UL, master), 0);

    /// <summary>The seed of one stream (an actor's decisions, or the environment) within a run.</summary>
    public static ulong StreamSeed(ulong runSeed, int stream) => Combine(runSeed, unchecked((ulong)(long)stream));

    private static ulong Combine(ulong h, ulong value) => SplitMix64.Mix(h ^ SplitMix64.Mix(value + 0x9E3779B97F4A7C15UL));
}
