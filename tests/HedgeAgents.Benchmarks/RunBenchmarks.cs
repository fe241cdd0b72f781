using BenchmarkDotNet.Attributes;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Indicators;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Benchmarks;

/// <summary>Measures the mean time of one full run (64 rounds) of the baseline experiment on one thread, with the
/// summary observer a sweep attaches. The figure is runs per second per core = 1 / mean: the Op/s column.</summary>
[Config(typeof(ShortRunConfig))]
[MemoryDiagnoser]
public class RunBenchmarks
{
    private Baseline _baseline = null!;
    private long _replication;

    /// <summary>Loads the experiment once, outside every measurement.</summary>
    [GlobalSetup]
    public void Setup() => _baseline = Baseline.Load();

    /// <summary>One run: build the simulation, play every round, summarise it.</summary>
    [Benchmark]
    public IReadOnlyList<RunSummary> Run()
    {
        // The next replication's seed each call: the mean is over many shock paths, in the same order every session.
        var seed = SeedDerivation.RunSeed(_baseline.Config.Seed, 0, _replication++);
        var summary = _baseline.NewSummary();
        new Simulation(_baseline.Scenario, seed).Run(summary);
        return summary.Summaries();
    }
}
