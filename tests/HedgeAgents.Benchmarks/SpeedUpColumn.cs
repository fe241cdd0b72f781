using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace HedgeAgents.Benchmarks;

/// <summary>Speed-up over one thread: the mean time of the <c>Threads = 1</c> case divided by this case's mean time,
/// among cases that differ only in <c>Threads</c>.</summary>
public sealed class SpeedUpColumn : IColumn
{
    private const string Parameter = nameof(ThreadScalingBenchmarks.Threads);

    /// <inheritdoc />
    public string Id => nameof(SpeedUpColumn);

    /// <inheritdoc />
    public string ColumnName => "Speed-up";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => $"Mean time with {Parameter}=1 / mean time with this many threads";

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => ThreadsOf(c) is not null);

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (ThreadsOf(benchmarkCase) is null) return "-";
        var single = summary.BenchmarksCases.FirstOrDefault(c => ThreadsOf(c) == 1 && SameOtherwise(c, benchmarkCase));
        var mine = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var one = single is null ? null : summary[single]?.ResultStatistics?.Mean;
        return mine is > 0 && one is > 0 ? (one.Value / mine.Value).ToString("0.00", CultureInfo.InvariantCulture) : "?";
    }

    private static int? ThreadsOf(BenchmarkCase c) =>
        c.Parameters.Items.FirstOrDefault(p => p.Name == Parameter)?.Value is int threads ? threads : null;

    private static bool SameOtherwise(BenchmarkCase a, BenchmarkCase b) =>
        a.Descriptor.Equals(b.Descriptor) && a.Job.DisplayInfo == b.Job.DisplayInfo
        && Others(a).SequenceEqual(Others(b));

    private static IEnumerable<string> Others(BenchmarkCase c) =>
        c.Parameters.Items.Where(p => p.Name != Parameter).Select(p => $"{p.Name}={p.Value}");
}
