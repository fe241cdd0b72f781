namespace HedgeAgents.Reporting.Data;

/// <summary>One actor's rows of a sweep's points.csv: per point the swept values and the metrics' means and CIs.</summary>
internal sealed class SweepPoints
{
    /// <summary>One point.</summary>
    /// <param name="Values">The swept values, keyed by parameter path.</param>
    /// <param name="Mean">Metric mean, keyed by metric (<c>share_hedging</c>).</param>
    /// <param name="Low">Lower 95% CI bound, keyed by metric.</param>
    /// <param name="High">Upper 95% CI bound, keyed by metric.</param>
    public sealed record Point(int Id, Dictionary<string, double> Values, Dictionary<string, double> Mean,
        Dictionary<string, double> Low, Dictionary<string, double> High)
    {
        public double[] Shares => [.. Archetypes.Names.Select(a => Mean["share_" + a])];
    }

    private static readonly string[] Metrics =
        [.. Archetypes.Names.Select(a => "share_" + a), "mean_payoff", "q05_payoff"];

    public List<Point> Points { get; } = [];

    /// <summary>Reads the actor's points; the swept paths must be columns of the file. <paramref name="metrics"/> adds
    /// metrics beyond the shares and payoffs every sweep figure reads; a path of <paramref name="textAxes"/> is read
    /// as the index of its label in the order listed.</summary>
    public static SweepPoints Read(string file, string actor, IReadOnlyList<string> paths, IEnumerable<string>? metrics = null,
        IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>>? textAxes = null)
    {
        var result = new SweepPoints();
        string[] read = [.. Metrics.Union(metrics ?? [])];
        var actors = new SortedSet<string>(StringComparer.Ordinal);
        CsvStream.Read(file, (csv, f) =>
        {
            if (f[csv.Column("actor")] != actor)
            {
                actors.Add(f[csv.Column("actor")]);
                return;
            }
            result.Points.Add(new Point((int)csv.Number(f, csv.Column("point")),
                paths.ToDictionary(p => p, p => csv.Value(f, csv.Column(p), Labels(textAxes, p))),
                read.ToDictionary(m => m, m => csv.Number(f, csv.Column(m + "_mean"))),
                read.ToDictionary(m => m, m => csv.Number(f, csv.Column(m + "_ci95_low"))),
                read.ToDictionary(m => m, m => csv.Number(f, csv.Column(m + "_ci95_high")))));
        });
        if (result.Points.Count == 0)
            throw new FigureDataException(file, $"no rows for actor '{actor}'; actors: {string.Join(", ", actors)}");
        return result;
    }

    /// <summary>The labels of a text axis, or null for a numeric one.</summary>
    internal static IReadOnlyList<string>? Labels(IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>>? textAxes, string path) =>
        textAxes is not null && textAxes.TryGetValue(path, out var labels) ? labels : null;

    /// <summary>The swept paths of a sweep folder: the columns between <c>point</c> and <c>actor</c> in points.csv.</summary>
    public static IReadOnlyList<string> SweptPaths(string file)
    {
        var cols = CsvStream.Header(file).Columns.ToList();
        var end = cols.IndexOf("actor");
        return end > 1 ? cols[1..end] : [];
    }
}
