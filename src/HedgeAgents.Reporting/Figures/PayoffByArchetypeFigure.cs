using System.Text.Json.Nodes;
using HedgeAgents.Reporting.Data;
using Plotly.NET.CSharp;

namespace HedgeAgents.Reporting.Figures;

/// <summary><c>payoff-by-archetype</c>: box plots of the actor's run <c>mean_payoff</c> (runs.csv) grouped by the archetype
/// with the largest share in the run. The quartiles are computed here and only they are written, so a big sweep gives a
/// small page.</summary>
internal sealed class PayoffByArchetypeFigure : IFigureKind
{
    public string Name => "payoff-by-archetype";

    public JsonObject Draw(FigureRequest request)
    {
        var paths = SweepAxis.Paths(request);
        var groups = Archetypes.Names.Select(_ => new List<double>()).ToArray();
        SweepRuns.Read(request.DataFile("runs.csv"), request.Actor, paths, run => groups[Archetypes.Dominant(run.Shares)].Add(run.MeanPayoff));
        var present = Enumerable.Range(0, 4).Where(a => groups[a].Count > 0).ToList();
        var traces = present.Select(a => Chart.BoxPlot<string, double, string>(X: new[] { Label(a, groups[a].Count) },
            Name: Label(a, groups[a].Count), FillColor: Plotly.NET.Color.fromString(Archetypes.Colors[a] + "66"),
            MarkerColor: Plotly.NET.Color.fromString(Archetypes.Colors[a])));
        var figure = FigureJson.Of(Chart.Combine(traces));
        var data = FigureJson.Data(figure);
        for (var i = 0; i < present.Count; i++)
        {
            var values = groups[present[i]].ToArray();
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
        FigureJson.Style(figure, request, "archetype with the largest share in the run (runs)",
            "run mean certainty-equivalent payoff per round");
        FigureJson.Layout(figure)["showlegend"] = false;
        return figure;
    }

    private static string Label(int archetype, int runs) => $"{Archetypes.Names[archetype]} ({runs} runs)";
}
