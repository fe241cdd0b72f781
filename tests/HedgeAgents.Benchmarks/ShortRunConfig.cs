using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace HedgeAgents.Benchmarks;

/// <summary>The job every benchmark here uses: 3 warm-up and 10 measured iterations, so the suite takes minutes.</summary>
/// <remarks>Adds the Op/s column (1 / mean) and the speed-up over one thread; exporters are BenchmarkDotNet's defaults
/// (GitHub markdown, CSV and HTML in BenchmarkDotNet.Artifacts/results).</remarks>
public sealed class ShortRunConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ShortRunConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10));
        AddColumn(StatisticColumn.OperationsPerSecond, new SpeedUpColumn());
    }
}
