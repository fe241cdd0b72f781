using System.Text.Json.Nodes;
using HedgeAgents.Experiments.Plots;
using HedgeAgents.Reporting.Data;
using Plotly.NET.CSharp;
using static Plotly.NET.StyleParam;

namespace HedgeAgents.Reporting.Figures;

/// <summary><c>engagement</c>: the actor's engagement weight on each counterparty per round, mean over replications,
/// one line per counterparty, events marked (from engagement.csv).</summary>
internal sealed class EngagementFigure : IFigureKind
{
    // Okabe–Ito: distinguishable under the common colour-vision deficiencies; repeated with dashes past eight lines.
    private static readonly string[] Colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999999", "#000000"];

    // A hedger's capped weights often coincide (two partners at the cap, several at 0); decreasing widths keep every
    // line visible under the ones drawn after it, as in the insurance figure.
    private static readonly double[] Widths = [10.0, 7.0, 3.5, 2.5, 1.8, 1.2];

    public string Name => PlotKinds.Engagement.Name;

    public string DefaultTitle(string? x, string? y, string? metric) => "Engagement weight per counterparty";

    public JsonObject Draw(FigureRequest request)
    {
        var series = EngagementSeries.Read(request.DataFile("engagement.csv"), request.Actor);
        var periods = series.Periods.ToArray();
        var names = request.Experiment.Initial.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var traces = series.Counterparties.Select((id, i) => Chart.Scatter<string, double, string>(x: periods, y: series.MeanWeights(id),
            mode: Mode.Lines, Name: names.TryGetValue(id, out var name) && name != id ? $"{name} ({id})" : id,
            LineColor: Plotly.NET.Color.fromString(Colors[i % Colors.Length]), LineWidth: Widths[Math.Min(i, Widths.Length - 1)],
            LineDash: i < Colors.Length ? DrawingStyle.Solid : DrawingStyle.Dash));
        var figure = FigureJson.Of(Chart.Combine(traces));
        foreach (var trace in FigureJson.Data(figure))
        {
            trace!["hovertemplate"] = "%{y:.3f}";
            // A weight holds for its round: steps, so a switch shows at the round it happens, not as a slope.
            ((JsonObject)trace["line"]!)["shape"] = "hv";
        }
        FigureJson.Style(figure, request, "round (period)", "engagement weight (share, mean over replications)");
        FigureJson.TimeAxis(figure, periods, request.Folder.Events);
        ((JsonObject)FigureJson.Layout(figure)["yaxis"]!)["rangemode"] = "tozero";
        return figure;
    }
}
