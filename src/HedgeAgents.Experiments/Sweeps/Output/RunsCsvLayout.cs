using System.Collections.Immutable;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Sweeps.Output;

/// <summary>Where each column of a runs.csv is, read from its header (see <see cref="RunsTable.Columns"/>): point,
/// replication, seed, the swept parameters, actor, then the summary metrics.</summary>
public sealed class RunsCsvLayout
{
    private RunsCsvLayout(ImmutableArray<string> columns) => Columns = columns;

    /// <summary>The header's column names, in order.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Index of the point column.</summary>
    public const int Point = 0;

    /// <summary>Index of the replication column.</summary>
    public const int Replication = 1;

    /// <summary>Index of the seed column.</summary>
    public const int Seed = 2;

    /// <summary>Index of the first parameter column.</summary>
    public const int FirstParameter = 3;

    /// <summary>Index of the actor column: the parameters lie between seed and it.</summary>
    public int Actor => Columns.Length - SummaryTable.MetricColumns.Length - 1;

    /// <summary>Index of the first metric column.</summary>
    public int FirstMetric => Actor + 1;

    /// <summary>The swept parameter paths, in column order.</summary>
    public ImmutableArray<string> Parameters => Columns[FirstParameter..Actor];

    /// <summary>The metric names, in column order.</summary>
    public ImmutableArray<string> Metrics => Columns[FirstMetric..];

    /// <summary>Checks a runs.csv header and gives its layout.</summary>
    /// <exception cref="InvalidDataException">The header is not point, replication, seed, parameters, actor, metrics.</exception>
    public static RunsCsvLayout FromHeader(IReadOnlyList<string> header)
    {
        var metrics = SummaryTable.MetricColumns;
        var expected = "point,replication,seed,<parameters>,actor," + string.Join(',', metrics);
        var actor = header.Count - metrics.Length - 1;
        if (actor < FirstParameter || header[Point] != "point" || header[Replication] != "replication" ||
            header[Seed] != "seed" || header[actor] != "actor" || !header.Skip(actor + 1).SequenceEqual(metrics))
            throw new InvalidDataException($"runs.csv header: expected {expected}; found {string.Join(',', header)}");
        return new RunsCsvLayout([.. header]);
    }

    /// <summary>Reads and checks the header line of a runs.csv.</summary>
    /// <exception cref="InvalidDataException">The input is empty or its header is not that of a runs.csv.</exception>
    public static RunsCsvLayout Read(CsvReader reader)
    {
        var header = new List<string>();
        if (!reader.TryRead(header)) throw new InvalidDataException("runs.csv: empty input, no header");
        return FromHeader(header);
    }
}
