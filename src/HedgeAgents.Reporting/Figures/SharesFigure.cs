using System.Text.Json.Nodes;
using HedgeAgents.Experiments.Plots;
using HedgeAgents.Reporting.Data;
using Plotly.NET.CSharp;
using static Plotly.NET.StyleParam;

namespace HedgeAgents.Reporting.Figures;

/// <summary><c>shares</c>: the actor's archetype shares per round over replications, stacked to 1, events marked.</summary>
internal sealed class SharesFigure : IFigureKind
{
    public string Name => PlotKinds.Shares.Name;

    public string DefaultTitle(string? x, string? y, string? metric) => "Archetype shares per round";

    public JsonObject Draw(FigureRequest request)
    {
        var rounds = RoundSeries.Read(request.DataFile("rounds.csv"), request.Actor).Rounds;
        var periods = rounds.Select(r => r.Period).ToArray();
        var traces = Archetypes.Names.Select((name, a) => Chart.Scatter<string, double, string>(
            x: periods, y: rounds.Select(r => r.Share(a)), mode: Mode.Lines, Name: name,
            LineColor: Plotly.NET.Color.fromString(Archetypes.Colors[a]), LineWidth: 0.5, StackGroup: "shares"));
        var figure = FigureJson.Of(Chart.Combine(traces));
        foreach (var trace in FigureJson.Data(figure)) trace!["hovertemplate"] = "%{y:.0%}";
        FigureJson.Style(figure, request, "round (period)", "share of replications");
        FigureJson.TimeAxis(figure, periods, request.Folder.Events);
        var y = (JsonObject)FigureJson.Layout(figure)["yaxis"]!;
        y["range"] = new JsonArray(0, 1);
        y["tickformat"] = ".0%";
        return figure;
    }
}
