using System.Text.Json.Nodes;
using HedgeAgents.Reporting.Data;
using HedgeAgents.Reporting.Html;
using Plotly.NET.CSharp;

namespace HedgeAgents.Reporting.Figures;

/// <summary><c>payoff-by-archetype</c>: box plots of the actor's run <c>mean_payoff</c> (runs.csv) grouped by the archetype
/// with the largest share in the run; with <c>x</c>, grouped by the values of that swept parameter instead (a text axis
/// in the order listed, numbers ascending), and with <c>metric</c>, of that run metric (<c>sd_payoff</c>,
/// <c>q05_payoff</c>, …). The quartiles are computed here and only they are written, so a big sweep gives a small page.</summary>
internal sealed class PayoffByArchetypeFigure : IFigureKind
{
    public string Name => "payoff-by-archetype";

    public JsonObject Draw(FigureRequest request)
    {
        var x = request.Spec.X;
        var metric = request.Spec.Metric ?? "mean_payoff";
        var paths = x is null ? SweepAxis.Paths(request) : SweepAxis.Paths(request, x);
        var xi = x is null ? -1 : paths.ToList().IndexOf(x);
        // Groups keyed by the archetype index, or by the swept value (a text axis's label index).
        var groups = new SortedDictionary<double, List<double>>();
        SweepRuns.Read(request.DataFile("runs.csv"), request.Actor, paths, run =>
        {
            var key = xi < 0 ? Archetypes.Dominant(run.Shares) : run.Values[xi];
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            var value = metric == "mean_payoff" ? run.MeanPayoff : run.Metrics[0];
            if (double.IsFinite(value)) list.Add(value);
        }, metric == "mean_payoff" ? null : [metric], request.Folder.TextAxes);
        var present = groups.Where(g => g.Value.Count > 0).ToList();
        string Name(double key, int runs) =>
            $"{(x is null ? Archetypes.Names[(int)key] : SweepAxis.Text(request, x, key))} ({runs} runs)";
        string Colour(double key, int i) => x is null ? Archetypes.Colors[(int)key] : Palette[i % Palette.Length];
        var traces = present.Select((g, i) => Chart.BoxPlot<string, double, string>(X: new[] { Label.Escape(Name(g.Key, g.Value.Count)) },
            Name: Label.Escape(Name(g.Key, g.Value.Count)), FillColor: Plotly.NET.Color.fromString(Colour(g.Key, i) + "66"),
            MarkerColor: Plotly.NET.Color.fromString(Colour(g.Key, i))));
        var figure = FigureJson.Of(Chart.Combine(traces));
        var data = FigureJson.Data(figure);
        for (var i = 0; i < present.Count; i++)
        {
            var values = present[i].Value.ToArray();
            var q1 = Quantile.Of(values, 0.25);
            var median = Quantile.Of(values, 0.5);
            var q3 = Quantile.Of(values, 0.75);
            var iqr = q3 - q1;
            var trace = data[i]!;
            trace["q1"] = new JsonArray(q1);
            trace["median"] = new JsonArray(median);
            trace["q3"] = new JsonArray(q3);
            trace["lowerfence"] = new JsonArray(values.Where(v => v >= q1 - 1.5 * iqr).Min());
            trace["upperfence"] = new JsonArray(values.Where(v => v <= q3 + 1.5 * iqr).Max());
            trace["mean"] = new JsonArray(values.Average());
            trace["boxmean"] = true;
        }
        FigureJson.Style(figure, request,
            x is null ? "archetype with the largest share in the run (runs)" : $"{x} (runs)",
            metric == "mean_payoff" ? "run mean certainty-equivalent payoff per round" : $"run {MetricByFigure.Meaning(metric).Label}");
        FigureJson.Layout(figure)["showlegend"] = false;
        return figure;
    }

    // Colours for groups that are not archetypes: distinct and readable in print (Okabe–Ito).
    private static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#999999", "#F0E442"];
}
