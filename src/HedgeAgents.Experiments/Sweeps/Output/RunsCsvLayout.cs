using System.Collections.Immutable;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Sweeps.Output;

/// <summary>Where each column of a runs.csv is, read from its header (see <see cref="RunsTable.Columns"/>): point,
/// replication, seed, the swept parameters, actor, then the summary metrics: the fixed ones
/// (<see cref="SummaryTable.MetricColumns"/>) and the experiment's <c>weight_&lt;ID&gt;</c> columns.</summary>
public sealed class RunsCsvLayout
{
    private RunsCsvLayout(ImmutableArray<string> columns, int actor)
    {
        Columns = columns;
        Actor = actor;
    }

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
    public int Actor { get; }

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
        var expected = "point,replication,seed,<parameters>,actor," + string.Join(',', metrics) + "[,weight_<ID>...]";
        // A parameter path is dotted (actors.KAZ.openness), so the first bare "actor" after seed is the actor column.
        var actor = -1;
        for (var c = FirstParameter; c < header.Count && actor < 0; c++)
            if (header[c] == "actor") actor = c;
        if (actor < FirstParameter || header[Point] != "point" || header[Replication] != "replication" ||
            header[Seed] != "seed" || !header.Skip(actor + 1).Take(metrics.Length).SequenceEqual(metrics) ||
            header.Count < actor + 1 + metrics.Length ||
            !header.Skip(actor + 1 + metrics.Length).All(SummaryMetrics.IsWeightColumn))
            throw new InvalidDataException($"runs.csv header: expected {expected}; found {string.Join(',', header)}");
        return new RunsCsvLayout([.. header], actor);
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
