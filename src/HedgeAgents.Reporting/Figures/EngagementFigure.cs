using System.Text.Json.Nodes;
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

    public string Name => "engagement";

    public JsonObject Draw(FigureRequest request)
    {
        var series = EngagementSeries.Read(request.DataFile("engagement.csv"), request.Actor);
        var periods = series.Periods.ToArray();
        var traces = series.Counterparties.Select((id, i) => Chart.Scatter<string, double, string>(x: periods, y: series.MeanWeights(id),
            mode: Mode.Lines, Name: id, LineColor: Plotly.NET.Color.fromString(Colors[i % Colors.Length]), LineWidth: 2.0,
            LineDash: i < Colors.Length ? DrawingStyle.Solid : DrawingStyle.Dash));
        var figure = FigureJson.Of(Chart.Combine(traces));
        foreach (var trace in FigureJson.Data(figure)) trace!["hovertemplate"] = "%{y:.3f}";
        FigureJson.Style(figure, request, "round (period)", "engagement weight (share, mean over replications)");
        FigureJson.TimeAxis(figure, periods, request.Folder.Events);
        ((JsonObject)FigureJson.Layout(figure)["yaxis"]!)["rangemode"] = "tozero";
        return figure;
    }
}
