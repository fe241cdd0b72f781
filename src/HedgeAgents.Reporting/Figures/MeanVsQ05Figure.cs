using System.Text.Json.Nodes;
using HedgeAgents.Reporting.Data;
using HedgeAgents.Reporting.Html;
using Plotly.NET.CSharp;

namespace HedgeAgents.Reporting.Figures;

/// <summary><c>mean-vs-q05</c>: per sweep point, the mean over runs of <c>mean_payoff</c> against that of <c>q05_payoff</c>,
/// coloured by the point's dominant archetype; the swept values on hover, and the text axes' values (a fixed action)
/// written beside each point.</summary>
internal sealed class MeanVsQ05Figure : IFigureKind
{
    public string Name => "mean-vs-q05";

    private static readonly string[] Positions = ["top center", "bottom center", "middle right"];

    public JsonObject Draw(FigureRequest request)
    {
        var paths = SweepAxis.Paths(request);
        var points = SweepPoints.Read(request.DataFile("points.csv"), request.Actor, paths, textAxes: request.Folder.TextAxes).Points;
        var groups = points.GroupBy(p => Archetypes.Dominant(p.Shares)).OrderBy(g => g.Key).ToList();
        string Hover(SweepPoints.Point p) => Label.Escape($"point {p.Id}: " + string.Join(", ", paths.Select(k => $"{k} = {SweepAxis.Text(request, k, p.Values[k])}")));
        // Text axes name what each point is (a fixed action, a rule): written beside the marker, not only on hover.
        var named = paths.Where(k => SweepAxis.Labels(request, k) is not null).ToList();
        string Tag(SweepPoints.Point p) => Label.Escape(string.Join(", ", named.Select(k => SweepAxis.Text(request, k, p.Values[k]))));
        var traces = groups.Select(g => Chart.Point<double, double, string>(x: g.Select(p => p.Mean["mean_payoff"]),
            y: g.Select(p => p.Mean["q05_payoff"]), Name: Archetypes.Names[g.Key], MultiText: Some.Of<IEnumerable<string>>([.. g.Select(Hover)]),
            MarkerColor: Plotly.NET.Color.fromString(Archetypes.Colors[g.Key])));
        var figure = FigureJson.Of(Chart.Combine(traces));
        foreach (var trace in FigureJson.Data(figure))
        {
            trace!["marker"]!["size"] = 11;
            trace["hovertemplate"] = "%{text}<br>mean %{x:.4f}, 5% quantile %{y:.4f}";
        }
        if (named.Count > 0)
        {
            var data = FigureJson.Data(figure);
            for (var i = 0; i < groups.Count; i++)
            {
                data[i]!["customdata"] = new JsonArray([.. groups[i].Select(p => (JsonNode)Hover(p))]);
                data[i]!["text"] = new JsonArray([.. groups[i].Select(p => (JsonNode)Tag(p))]);
                data[i]!["mode"] = "markers+text";
                // Neighbouring points (close in mean and quantile) would print their labels over each other: the
                // position cycles with the point, so points next in the listed order are labelled on different sides.
                data[i]!["textposition"] = new JsonArray([.. groups[i].Select(p => (JsonNode)Positions[p.Id % Positions.Length])]);
                data[i]!["hovertemplate"] = "%{customdata}<br>mean %{x:.4f}, 5% quantile %{y:.4f}";
            }
        }
        FigureJson.Style(figure, request, "mean payoff (certainty-equivalent payoff per round, mean over runs)",
            "5% quantile of payoff (certainty-equivalent payoff per round, mean over runs)");
        FigureJson.Layout(figure)["hovermode"] = "closest";
        ((JsonObject)FigureJson.Layout(figure)["legend"]!)["title"] = new JsonObject { ["text"] = "dominant archetype: " };
        return figure;
    }
}
