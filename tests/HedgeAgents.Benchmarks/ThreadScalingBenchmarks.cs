using BenchmarkDotNet.Attributes;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Indicators;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Benchmarks;

/// <summary>Measures the time of a batch of 64 independent baseline runs on 1 and on 2 worker threads. The figure
/// is the speed-up time(1) / time(2), the Speed-up column, which should reach at least 1.85 from 1 to 2 threads.</summary>
/// <remarks>Needs an idle machine: a busy process elsewhere takes a core and the figure with it. Lock Contentions
/// (ThreadingDiagnoser) and the Gen0 column show whether the runs themselves get in each other's way.</remarks>
[Config(typeof(ShortRunConfig))]
[MemoryDiagnoser]
[ThreadingDiagnoser]
public class ThreadScalingBenchmarks
{
    /// <summary>Runs per batch: many more than threads, so the last run to finish leaves a core idle only briefly.</summary>
    public const int Batch = 64;

    private Baseline _baseline = null!;

    /// <summary>Worker threads (Parallel.For's maximum degree of parallelism).</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Loads the experiment once, outside every measurement.</summary>
    [GlobalSetup]
    public void Setup() => _baseline = Baseline.Load();

    /// <summary>Replications 0 to 63 of the experiment, each with its own seed, as <c>hedge run</c> schedules them.</summary>
    [Benchmark]
    public IReadOnlyList<RunSummary>[] RunBatch()
    {
        // The same 64 seeds at every thread count, so both cases do exactly the same work.
        var results = new IReadOnlyList<RunSummary>[Batch];
        Parallel.For(0, Batch, new ParallelOptions { MaxDegreeOfParallelism = Threads }, r =>
        {
            var summary = _baseline.NewSummary();
            new Simulation(_baseline.Scenario, SeedDerivation.RunSeed(_baseline.Config.Seed, 0, r)).Run(summary);
            results[r] = summary.Summaries();
        });
        return results;
    }
}
