using System.Globalization;
using HedgeAgents.Core.Sweeps;
using HedgeAgents.Experiments.Output;
using HedgeAgents.Reporting.Data;

namespace HedgeAgents.Reporting.Sensitivity;

/// <summary>One actor's metric per design point of a finished sweep: the mean over the point's replications, which is
/// the output the estimators read (one number per point, in point order).</summary>
/// <param name="Metric">The summary metric (a column of runs.csv).</param>
/// <param name="Actor">The actor whose rows were read.</param>
/// <param name="Means">Per point, the mean of the metric over its replications.</param>
/// <param name="Replications">Replications behind each mean.</param>
/// <param name="Noise">Per point, the variance of its mean across seeds, estimated from its replications: their sample
/// variance (denominator R − 1) divided by R. None with a single replication, where it cannot be estimated.</param>
public sealed record PointOutputs(string Metric, string Actor, double[] Means, int Replications, double[]? Noise)
{
    private const string RunsFile = "runs.csv";

    /// <summary>The metrics a sweep's runs.csv offers: the columns after <c>actor</c>.</summary>
    public static IReadOnlyList<string> Metrics(string folder)
    {
        var columns = CsvStream.Header(Path.Combine(folder, RunsFile)).Columns.ToList();
        return columns[(columns.IndexOf("actor") + 1)..];
    }

    /// <summary>The actors with rows in runs.csv, in the order they first appear.</summary>
    public static IReadOnlyList<string> Actors(string folder)
    {
        var actors = new List<string>();
        var file = Path.Combine(folder, RunsFile);
        CsvStream.Read(file, (csv, f) =>
        {
            var a = f[csv.Column("actor")];
            if (!actors.Contains(a)) actors.Add(a);
        });
        return actors;
    }

    /// <summary>Streams runs.csv once: checks that every row's swept values are the design's (so the manifest and the
    /// data belong together), that every point has the same number of replications, and that the metric has a value in
    /// every run; then averages per point.</summary>
    /// <exception cref="SensitivityInputException">An unknown metric or actor, an empty value, or data that do not match the design.</exception>
    public static PointOutputs Read(SweepRecord sweep, IDesignPoints points, string metric, string actor)
    {
        var file = Path.Combine(sweep.Folder, RunsFile);
        if (!File.Exists(file)) throw new SensitivityInputException(file, "no such file; the sweep is not finished (resume it with 'hedge sweep … --resume', or join a sharded one with 'hedge merge')");
        var metrics = Metrics(sweep.Folder);
        if (!metrics.Contains(metric))
            throw new SensitivityInputException(file, $"--metric: no metric '{metric}'; metrics: {string.Join(", ", metrics)}");
        // Per point, the sum of the values (for the mean), and their deviations from its first value summed and squared
        // (for the variance, which so loses no digits to the level).
        var sums = new double[points.Count];
        var deviations = new double[points.Count];
        var squares = new double[points.Count];
        var shifts = new double[points.Count];
        var counts = new int[points.Count];
        var expected = new double[points.Dimensions];
        var empty = 0;
        string? firstEmpty = null;
        var actors = new List<string>();
        int cPoint = -1, cRep = -1, cActor = -1, cMetric = -1;
        int[] cAxes = [];
        CsvStream.Read(file, (csv, f) =>
        {
            if (cActor < 0)
            {
                (cPoint, cRep, cActor, cMetric) = (csv.Column("point"), csv.Column("replication"), csv.Column("actor"), csv.Column(metric));
                cAxes = [.. sweep.Axes.Select(a => csv.Column(a.Path))];
            }
            if (f[cActor] != actor)
            {
                if (!actors.Contains(f[cActor])) actors.Add(f[cActor]);
                return;
            }
            var point = (long)csv.Number(f, cPoint);
            if (point < 0 || point >= points.Count)
                throw new SensitivityInputException(file, $"point {point} is outside the design's {points.Count} points");
            points.Fill(point, expected);
            for (var i = 0; i < cAxes.Length; i++)
            {
                // The sweep applied and wrote each value rounded to runs.csv's digits; compare in that form.
                if (f[cAxes[i]] != Csv.Number(expected[i]))
                    throw new SensitivityInputException(file, $"point {point}: {sweep.Axes[i].Path} is {f[cAxes[i]]}, but the design in manifest.json " +
                        $"gives {Csv.Number(expected[i])}; the data and the manifest do not belong together");
            }
            var value = csv.Number(f, cMetric);
            if (double.IsNaN(value))
            {
                empty++;
                firstEmpty ??= $"point {point}, replication {f[cRep]}";
                return;
            }
            if (counts[point] == 0) shifts[point] = value;
            var deviation = value - shifts[point];
            sums[point] += value;
            deviations[point] += deviation;
            squares[point] += deviation * deviation;
            counts[point]++;
        });
        if (counts.All(c => c == 0) && empty == 0)
            throw new SensitivityInputException(file, $"--actor: no rows for actor '{actor}'; actors: {string.Join(", ", actors)}");
        if (empty > 0)
            throw new SensitivityInputException(file, $"--metric: {metric} is empty in {empty} of {empty + counts.Sum()} runs of {actor} (first: {firstEmpty})" +
                (metric == "first_hedge_round" ? ", the runs where it never hedged" : "") +
                "; a mean per point over replications is undefined there, and filling a value in would decide the answer. " +
                "Analyse a metric defined in every run (share_hedging, mean_payoff, q05_payoff, …)");
        var replications = counts[0];
        for (var p = 0; p < counts.Length; p++)
            if (counts[p] != replications)
                throw new SensitivityInputException(file, $"point {p} has {counts[p]} runs of {actor} and point 0 has {replications}; " +
                    "every point needs its replications (is the file complete?)");
        var means = new double[counts.Length];
        for (var p = 0; p < means.Length; p++) means[p] = sums[p] / replications;
        double[]? noise = null;
        if (replications > 1)
        {
            noise = new double[counts.Length];
            for (var p = 0; p < noise.Length; p++)
                noise[p] = Math.Max(0, (squares[p] - deviations[p] * deviations[p] / replications) / (replications - 1)) / replications;
        }
        return new PointOutputs(metric, actor, means, replications, noise);
    }

    /// <summary>The number as runs.csv writes it, for messages.</summary>
    internal static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
