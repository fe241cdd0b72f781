using System.Text.Json.Nodes;
using HedgeAgents.Experiments.Plots;
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
    public string Name => PlotKinds.PayoffByArchetype.Name;

    public string DefaultTitle(string? x, string? y, string? metric) => (x, metric) switch
    {
        (null, null) => "Run payoffs by the archetype played most",
        (null, _) => $"Run {metric} by the archetype played most",
        _ => $"Run {metric ?? "mean_payoff"} by {x}",
    };

    public JsonObject Draw(FigureRequest request)
    {
        var x = request.Spec.X;
        var metric = request.Spec.Metric ?? "mean_payoff";
        var paths = x is null ? SweepFigureAxes.Paths(request) : SweepFigureAxes.Paths(request, x);
        var xi = x is null ? -1 : paths.ToList().IndexOf(x);
        // Groups keyed by the archetype index, or by the swept value (a text axis's label index).
        var groups = new SortedDictionary<double, List<double>>();
        var shares = new Dictionary<double, double[]>();
        SweepRuns.Read(request.DataFile("runs.csv"), request.Actor, paths, run =>
        {
            var key = xi < 0 ? Archetypes.Dominant(run.Shares) : run.Values[xi];
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                shares[key] = new double[Archetypes.Names.Length];
            }
            for (var a = 0; a < run.Shares.Length; a++) shares[key][a] += run.Shares[a];
            var value = metric == "mean_payoff" ? run.MeanPayoff : run.Metrics[0];
            if (double.IsFinite(value)) list.Add(value);
        }, metric == "mean_payoff" ? null : [metric], request.Folder.TextAxes);
        var present = groups.Where(g => g.Value.Count > 0).ToList();
        // With x and the same number of runs in every group (a grid), the count goes once into the axis title.
        var sameRuns = x is not null && present.Select(g => g.Value.Count).Distinct().Count() == 1;
        string Name(double key, int runs) =>
            (x is null ? Archetypes.Names[(int)key] : SweepFigureAxes.Text(request, x, key)) + (sameRuns ? "" : $" ({runs} runs)");
        // A group's colour is that of the archetype it played most, so that the archetypes read alike in every figure.
        string Colour(double key) => Archetypes.Colors[x is null ? (int)key : Archetypes.Dominant(shares[key])];
        var traces = present.Select(g => Chart.BoxPlot<string, double, string>(X: new[] { Label.Escape(Name(g.Key, g.Value.Count)) },
            Name: Label.Escape(Name(g.Key, g.Value.Count)), FillColor: Plotly.NET.Color.fromString(Colour(g.Key) + "66"),
            MarkerColor: Plotly.NET.Color.fromString(Colour(g.Key))));
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
            x is null ? "archetype with the largest share in the run (runs)"
                : sameRuns ? $"{ParameterLabel.Of(request.Experiment, x)}; {present[0].Value.Count} runs each; colour: archetype played most"
                : $"{ParameterLabel.Of(request.Experiment, x)}; colour: archetype played most",
            metric == "mean_payoff" ? "run mean payoff per round" : $"run {MetricByFigure.Meaning(metric).Label}");
        FigureJson.Layout(figure)["showlegend"] = false;
        return figure;
    }
}
