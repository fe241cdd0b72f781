using System.Text.Json.Nodes;
using HedgeAgents.Experiments.Plots;
using HedgeAgents.Reporting.Data;
using Plotly.NET.CSharp;
using static Plotly.NET.StyleParam;

namespace HedgeAgents.Reporting.Figures;

/// <summary><c>payoff</c>: the actor's mean payoff per round with the 5th–95th percentile band over replications.</summary>
internal sealed class PayoffFigure : IFigureKind
{
    public string Name => PlotKinds.Payoff.Name;

    public string DefaultTitle(string? x, string? y, string? metric) => "Payoff per round: mean and 90% band";

    public JsonObject Draw(FigureRequest request)
    {
        var rounds = RoundSeries.Read(request.DataFile("rounds.csv"), request.Actor).Rounds;
        var periods = rounds.Select(r => r.Period).ToArray();
        var low = rounds.Select(r => Quantile.Of([.. r.Payoffs], 0.05)).ToArray();
        var high = rounds.Select(r => Quantile.Of([.. r.Payoffs], 0.95)).ToArray();
        var mean = rounds.Select(r => r.Payoffs.Average()).ToArray();
        var color = Plotly.NET.Color.fromString("#0072B2");
        var band = Plotly.NET.Color.fromString("rgba(0,114,178,0.2)");
        var chart = Chart.Combine(
        [
            Chart.Scatter<string, double, string>(x: periods, y: high, mode: Mode.Lines, Name: "95th percentile",
                LineColor: band, LineWidth: 0.0),
            Chart.Scatter<string, double, string>(x: periods, y: low, mode: Mode.Lines, Name: "5th percentile",
                LineColor: band, LineWidth: 0.0, FillColor: band),
            Chart.Scatter<string, double, string>(x: periods, y: mean, mode: Mode.Lines, Name: "mean over replications",
                LineColor: color, LineWidth: 2.5),
        ]);
        var figure = FigureJson.Of(chart);
        var data = FigureJson.Data(figure);
        // The 5th percentile fills up to the 95th drawn just before it: the band; it has one legend entry.
        data[1]!["fill"] = "tonexty";
        data[0]!["showlegend"] = false;
        data[1]!["name"] = "90% band (5th–95th percentile)";
        foreach (var trace in data) trace!["hovertemplate"] = "%{y:.4f}";
        FigureJson.Style(figure, request, "round (period)", "payoff per round (returns − losses − costs)");
        FigureJson.TimeAxis(figure, periods, request.Folder.Events);
        return figure;
    }
}
