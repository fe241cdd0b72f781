using System.Text.Json.Nodes;
using HedgeAgents.Experiments.Plots;
using HedgeAgents.Reporting.Data;
using Plotly.NET.CSharp;
using static Plotly.NET.StyleParam;

namespace HedgeAgents.Reporting.Figures;

/// <summary><c>insurance</c>: the actor's insurance stocks (solid) and diversification and N−1 resilience (dashed) per
/// round, mean over replications.</summary>
internal sealed class InsuranceFigure : IFigureKind
{
    private static readonly string[] Names =
        ["institutionalization (I)", "procedural compatibility (P)", "infrastructure redundancy (N)", "diversification (1 − HHI)", "N−1 resilience"];
    private static readonly string[] Colors = ["#0072B2", "#009E73", "#E69F00", "#555555", "#CC79A7"];

    // With an even split the three stocks coincide; decreasing widths keep each visible when they do.
    private static readonly double[] Widths = [7.0, 4.0, 1.8, 2.0, 2.0];

    public string Name => PlotKinds.Insurance.Name;

    public string DefaultTitle(string? x, string? y, string? metric) => "Insurance stocks, diversification and N−1 resilience";

    public JsonObject Draw(FigureRequest request)
    {
        var rounds = RoundSeries.Read(request.DataFile("rounds.csv"), request.Actor).Rounds;
        var periods = rounds.Select(r => r.Period).ToArray();
        var traces = Names.Select((name, i) => Chart.Scatter<string, double, string>(x: periods, y: rounds.Select(r => r.MeanInsurance(i)),
            mode: Mode.Lines, Name: name, LineColor: Plotly.NET.Color.fromString(Colors[i]), LineWidth: Widths[i],
            LineDash: i < 3 ? DrawingStyle.Solid : DrawingStyle.Dash));
        var figure = FigureJson.Of(Chart.Combine(traces));
        foreach (var trace in FigureJson.Data(figure)) trace!["hovertemplate"] = "%{y:.3f}";
        FigureJson.Style(figure, request, "round (period)", "stock (0–1); diversification and resilience: index (0–1)");
        FigureJson.TimeAxis(figure, periods, request.Folder.Events);
        ((JsonObject)FigureJson.Layout(figure)["yaxis"]!)["range"] = new JsonArray(0, 1.02);
        return figure;
    }
}
