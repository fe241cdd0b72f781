using System.Text.Json.Nodes;
using HedgeAgents.Experiments.Plots;
using HedgeAgents.Reporting.Data;
using Plotly.NET.CSharp;
using static Plotly.NET.StyleParam;

namespace HedgeAgents.Reporting.Figures;

/// <summary><c>losses</c>: the actor's losses by shock kind per round, mean over replications.</summary>
internal sealed class LossesFigure : IFigureKind
{
    private static readonly string[] Names = [.. HedgeAgents.Core.Shocks.ShockCatalog.BuiltIn.Kinds.Select(k => k.Words)];
    // One colour per kind slot (Okabe–Ito), up to ShockCatalog.MaxKinds.
    private static readonly string[] Colors = ["#D55E00", "#E69F00", "#CC79A7", "#56B4E9", "#009E73", "#0072B2", "#F0E442", "#000000"];

    public string Name => PlotKinds.Losses.Name;

    public string DefaultTitle(string? x, string? y, string? metric) => "Losses per round by type";

    public JsonObject Draw(FigureRequest request)
    {
        var rounds = RoundSeries.Read(request.DataFile("rounds.csv"), request.Actor).Rounds;
        var periods = rounds.Select(r => r.Period).ToArray();
        var traces = Names.Select((name, i) => Chart.Scatter<string, double, string>(x: periods, y: rounds.Select(r => r.MeanLoss(i)),
            mode: Mode.Lines, Name: name, LineColor: Plotly.NET.Color.fromString(Colors[i]), LineWidth: 2.0));
        var figure = FigureJson.Of(Chart.Combine(traces));
        foreach (var trace in FigureJson.Data(figure)) trace!["hovertemplate"] = "%{y:.4f}";
        FigureJson.Style(figure, request, "round (period)", "loss per round (payoff units, mean over replications)");
        FigureJson.TimeAxis(figure, periods, request.Folder.Events);
        ((JsonObject)FigureJson.Layout(figure)["yaxis"]!)["rangemode"] = "tozero";
        return figure;
    }
}
