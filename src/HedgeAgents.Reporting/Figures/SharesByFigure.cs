using System.Text.Json.Nodes;
using HedgeAgents.Reporting.Data;
using HedgeAgents.Reporting.Html;
using MathNet.Numerics.Distributions;
using Plotly.NET.CSharp;
using static Plotly.NET.StyleParam;

namespace HedgeAgents.Reporting.Figures;

/// <summary><c>shares-by</c>: each archetype's mean share against one swept parameter with its 95% confidence band: from
/// points.csv when it is the only swept parameter, else from runs.csv pooled over the other parameters' points (equal
/// replications per point, so the points are weighted equally).</summary>
internal sealed class SharesByFigure : IFigureKind
{
    public string Name => "shares-by";

    public JsonObject Draw(FigureRequest request)
    {
        var x = request.Spec.X!;
        var paths = SweepAxis.Paths(request, x);
        var (xs, mean, low, high) = paths.Count == 1 ? FromPoints(request, x, paths) : FromRuns(request, x, paths);
        var traces = new List<Plotly.NET.GenericChart>();
        for (var a = 0; a < Archetypes.Names.Length; a++)
        {
            var color = Plotly.NET.Color.fromString(Archetypes.Colors[a]);
            var faint = Plotly.NET.Color.fromString(Archetypes.Colors[a] + "33");
            traces.Add(Chart.Scatter<double, double, string>(x: xs, y: high[a], mode: Mode.Lines, Name: $"{Archetypes.Names[a]} 95% CI",
                LineColor: faint, LineWidth: 0.0));
            traces.Add(Chart.Scatter<double, double, string>(x: xs, y: low[a], mode: Mode.Lines, Name: $"{Archetypes.Names[a]} 95% CI",
                LineColor: faint, LineWidth: 0.0, FillColor: faint));
            traces.Add(Chart.Scatter<double, double, string>(x: xs, y: mean[a], mode: Mode.Lines_Markers, Name: Archetypes.Names[a],
                LineColor: color, LineWidth: 2.5, MarkerColor: color));
        }
        var figure = FigureJson.Of(Chart.Combine(traces));
        var data = FigureJson.Data(figure);
        for (var i = 0; i < data.Count; i++)
        {
            var trace = data[i]!;
            trace["legendgroup"] = Archetypes.Names[i / 3];
            trace["hovertemplate"] = "%{y:.0%}";
            if (i % 3 != 2) trace["showlegend"] = false;
            if (i % 3 == 1) trace["fill"] = "tonexty";
        }
        FigureJson.Style(figure, request, x, "share of rounds after burn-in (mean over runs, 95% CI)");
        var layout = FigureJson.Layout(figure);
        var yaxis = (JsonObject)layout["yaxis"]!;
        yaxis["range"] = new JsonArray(-0.02, 1.02);
        yaxis["tickformat"] = ".0%";
        layout["hovermode"] = "x unified";
        ((JsonObject)layout["xaxis"]!)["title"] = new JsonObject { ["text"] = Label.Escape(x) };
        return figure;
    }

    private static (double[] Xs, double[][] Mean, double[][] Low, double[][] High) FromPoints(FigureRequest request, string x, IReadOnlyList<string> paths)
    {
        var points = SweepPoints.Read(request.DataFile("points.csv"), request.Actor, paths).Points.OrderBy(p => p.Values[x]).ToList();
        double[][] Column(Func<SweepPoints.Point, string, double> pick) =>
            [.. Archetypes.Names.Select(a => points.Select(p => pick(p, "share_" + a)).ToArray())];
        return ([.. points.Select(p => p.Values[x])], Column((p, m) => p.Mean[m]), Column((p, m) => p.Low[m]), Column((p, m) => p.High[m]));
    }

    private static (double[] Xs, double[][] Mean, double[][] Low, double[][] High) FromRuns(FigureRequest request, string x, IReadOnlyList<string> paths)
    {
        var n = new SortedDictionary<double, int>();
        var sum = new Dictionary<double, double[]>();
        var sumSq = new Dictionary<double, double[]>();
        var xi = paths.ToList().IndexOf(x);
        SweepRuns.Read(request.DataFile("runs.csv"), request.Actor, paths, run =>
        {
            var v = run.Values[xi];
            if (!n.TryAdd(v, 1)) n[v]++;
            else (sum[v], sumSq[v]) = (new double[4], new double[4]);
            for (var a = 0; a < 4; a++)
            {
                sum[v][a] += run.Shares[a];
                sumSq[v][a] += run.Shares[a] * run.Shares[a];
            }
        });
        var xs = n.Keys.ToArray();
        double[][] mean = [.. Enumerable.Range(0, 4).Select(a => xs.Select(v => sum[v][a] / n[v]).ToArray())];
        double Half(double v, int a)
        {
            if (n[v] < 2) return 0;
            var m = sum[v][a] / n[v];
            var sd = Math.Sqrt(Math.Max(0, (sumSq[v][a] - n[v] * m * m) / (n[v] - 1)));
            return StudentT.InvCDF(0, 1, n[v] - 1, 0.975) * sd / Math.Sqrt(n[v]);
        }
        double[][] low = [.. Enumerable.Range(0, 4).Select(a => xs.Select((v, i) => mean[a][i] - Half(v, a)).ToArray())];
        double[][] high = [.. Enumerable.Range(0, 4).Select(a => xs.Select((v, i) => mean[a][i] + Half(v, a)).ToArray())];
        return (xs, mean, low, high);
    }
}
