using HedgeAgents.Reporting.Data;
using MathNet.Numerics.Distributions;

namespace HedgeAgents.Reporting.Figures;

/// <summary>Metrics' means with 95% confidence bands against one swept parameter, for <c>shares-by</c> and
/// <c>metric-by</c>: from points.csv when it is the only swept parameter, else from runs.csv pooled over the other
/// parameters' points (equal replications per point, so the points are weighted equally). A text axis's x values are
/// the indices of its labels, so ascending x is the order listed.</summary>
internal static class SweepBands
{
    /// <summary>The x values in ascending order, and per metric (outer index) the mean, lower and upper bound at each x.</summary>
    public readonly record struct Bands(double[] Xs, double[][] Mean, double[][] Low, double[][] High);

    public static Bands Of(FigureRequest request, string x, IReadOnlyList<string> paths, IReadOnlyList<string> metrics) =>
        paths.Count == 1 ? FromPoints(request, x, paths, metrics) : FromRuns(request, x, paths, metrics);

    private static Bands FromPoints(FigureRequest request, string x, IReadOnlyList<string> paths, IReadOnlyList<string> metrics)
    {
        var points = SweepPoints.Read(request.DataFile("points.csv"), request.Actor, paths, metrics, request.Folder.TextAxes).Points.OrderBy(p => p.Values[x]).ToList();
        double[][] Column(Func<SweepPoints.Point, string, double> pick) =>
            [.. metrics.Select(m => points.Select(p => pick(p, m)).ToArray())];
        return new([.. points.Select(p => p.Values[x])], Column((p, m) => p.Mean[m]), Column((p, m) => p.Low[m]), Column((p, m) => p.High[m]));
    }

    private static Bands FromRuns(FigureRequest request, string x, IReadOnlyList<string> paths, IReadOnlyList<string> metrics)
    {
        var k = metrics.Count;
        var n = new SortedDictionary<double, int>();
        var sum = new Dictionary<double, double[]>();
        var sumSq = new Dictionary<double, double[]>();
        var xi = paths.ToList().IndexOf(x);
        SweepRuns.Read(request.DataFile("runs.csv"), request.Actor, paths, run =>
        {
            var v = run.Values[xi];
            if (!n.TryAdd(v, 1)) n[v]++;
            else (sum[v], sumSq[v]) = (new double[k], new double[k]);
            for (var m = 0; m < k; m++)
            {
                sum[v][m] += run.Metrics[m];
                sumSq[v][m] += run.Metrics[m] * run.Metrics[m];
            }
        }, metrics, request.Folder.TextAxes);
        var xs = n.Keys.ToArray();
        double[][] mean = [.. Enumerable.Range(0, k).Select(m => xs.Select(v => sum[v][m] / n[v]).ToArray())];
        double Half(double v, int m)
        {
            if (n[v] < 2) return 0;
            var mu = sum[v][m] / n[v];
            var sd = Math.Sqrt(Math.Max(0, (sumSq[v][m] - n[v] * mu * mu) / (n[v] - 1)));
            return StudentT.InvCDF(0, 1, n[v] - 1, 0.975) * sd / Math.Sqrt(n[v]);
        }
        double[][] low = [.. Enumerable.Range(0, k).Select(m => xs.Select((v, i) => mean[m][i] - Half(v, m)).ToArray())];
        double[][] high = [.. Enumerable.Range(0, k).Select(m => xs.Select((v, i) => mean[m][i] + Half(v, m)).ToArray())];
        return new(xs, mean, low, high);
    }
}
