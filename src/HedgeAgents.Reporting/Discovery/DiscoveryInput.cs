using System.Collections.Immutable;
using HedgeAgents.Reporting.Data;

namespace HedgeAgents.Reporting.Discovery;

/// <summary>A finished sweep's points.csv read for scenario discovery: its swept parameters, metrics and actors.</summary>
public sealed class DiscoveryInput
{
    private readonly CsvStream _csv;
    private readonly List<string[]> _rows;

    private DiscoveryInput(string file, CsvStream csv, List<string[]> rows, ImmutableArray<string> parameters,
        ImmutableArray<string> textParameters, ImmutableArray<string> metrics, ImmutableArray<string> actors)
    {
        File = file;
        _csv = csv;
        _rows = rows;
        Parameters = parameters;
        TextParameters = textParameters;
        Metrics = metrics;
        Actors = actors;
    }

    /// <summary>The points.csv read.</summary>
    public string File { get; }

    /// <summary>The swept numeric parameters, in column order: PRIM's and the tree's dimensions.</summary>
    public ImmutableArray<string> Parameters { get; }

    /// <summary>The swept text axes (categorical), left out: PRIM's boxes need an order the words do not have.</summary>
    public ImmutableArray<string> TextParameters { get; }

    /// <summary>The summary metrics that have a per-point mean (<c>&lt;metric&gt;_mean</c>), in column order.</summary>
    public ImmutableArray<string> Metrics { get; }

    /// <summary>The actors with rows, in the order they first appear.</summary>
    public ImmutableArray<string> Actors { get; }

    /// <summary>Reads a sweep folder's points.csv; throws <see cref="FigureDataException"/> naming the file at fault.</summary>
    public static DiscoveryInput Open(ResultsFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var file = Path.Combine(folder.Path, "points.csv");
        if (!System.IO.File.Exists(file))
            throw new FigureDataException(file, "no such file; 'hedge discover' reads the per-point means a sweep writes there");
        var rows = new List<string[]>();
        var csv = CsvStream.Read(file, (_, f) => rows.Add(f));
        var swept = SweepPoints.SweptPaths(file);
        if (swept.Count == 0)
            throw new FigureDataException(file, "no swept parameter columns between 'point' and 'actor'; expected the points.csv of 'hedge sweep'");
        var text = swept.Where(folder.TextAxes.ContainsKey).ToImmutableArray();
        var metrics = csv.Columns.Where(c => c.EndsWith("_mean", StringComparison.Ordinal)).Select(c => c[..^"_mean".Length]).ToImmutableArray();
        var actorColumn = csv.Column("actor");
        var actors = rows.Select(r => r[actorColumn]).Distinct(StringComparer.Ordinal).ToImmutableArray();
        if (rows.Count == 0) throw new FigureDataException(file, "no rows; the sweep wrote no points");
        return new DiscoveryInput(file, csv, rows, [.. swept.Except(text)], text, metrics, actors);
    }

    /// <summary>One actor's points with the outcome evaluated on each point's mean; points whose mean is missing (a metric
    /// undefined in every replication) are left out and counted.</summary>
    /// <exception cref="FigureDataException">The actor has no rows (the message lists the actors), or a field is not a number.</exception>
    public DiscoveryData Select(string actor, OutcomeCondition where)
    {
        ArgumentNullException.ThrowIfNull(where);
        if (!Actors.Contains(actor))
            throw new FigureDataException(File, $"no rows for actor '{actor}'; actors: {string.Join(", ", Actors)}");
        if (Parameters.IsEmpty)
            throw new FigureDataException(File, $"every swept parameter is a text axis ({string.Join(", ", TextParameters)}); PRIM needs numeric ones");
        int cActor = _csv.Column("actor"), cPoint = _csv.Column("point"), cMean = _csv.Column(where.Metric + "_mean"),
            cReplications = _csv.Column("replications");
        var columns = Parameters.Select(_csv.Column).ToArray();
        var points = ImmutableArray.CreateBuilder<int>();
        var x = ImmutableArray.CreateBuilder<ImmutableArray<double>>();
        var y = ImmutableArray.CreateBuilder<double>();
        int skipped = 0, minReplications = int.MaxValue, maxReplications = 0;
        foreach (var f in _rows)
        {
            if (f[cActor] != actor) continue;
            var mean = _csv.Number(f, cMean);
            if (double.IsNaN(mean))
            {
                skipped++;
                continue;
            }
            var replications = (int)_csv.Number(f, cReplications);
            minReplications = Math.Min(minReplications, replications);
            maxReplications = Math.Max(maxReplications, replications);
            points.Add((int)_csv.Number(f, cPoint));
            x.Add([.. columns.Select(c => _csv.Number(f, c))]);
            y.Add(mean);
        }
        if (points.Count == 0)
            throw new FigureDataException(File, $"actor '{actor}' has no point where {where.Metric} is defined ({skipped} points have an empty {where.Metric}_mean)");
        return new DiscoveryData(actor, where, Parameters, TextParameters, points.ToImmutable(), x.ToImmutable(), y.ToImmutable(),
            skipped, minReplications, maxReplications);
    }
}
