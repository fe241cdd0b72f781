using System.Text.Json.Nodes;
using HedgeAgents.Experiments.Plots;
using HedgeAgents.Reporting.Data;
using HedgeAgents.Reporting.Html;
using Plotly.NET.CSharp;

namespace HedgeAgents.Reporting.Figures;

/// <summary><c>mean-vs-q05</c>: per sweep point, the mean over runs of <c>mean_payoff</c> against that of <c>q05_payoff</c>,
/// coloured by the point's dominant archetype; the swept values on hover, and the text axes' values (a fixed action)
/// written beside each point.</summary>
internal sealed class MeanVsQ05Figure : IFigureKind
{
    public string Name => PlotKinds.MeanVsQ05.Name;

    public string DefaultTitle(string? x, string? y, string? metric) => "Mean payoff against 5% quantile per sweep point";

    public JsonObject Draw(FigureRequest request)
    {
        var paths = SweepFigureAxes.Paths(request);
        var points = SweepPoints.Read(request.DataFile("points.csv"), request.Actor, paths, textAxes: request.Folder.TextAxes).Points;
        var groups = points.GroupBy(p => Archetypes.Dominant(p.Shares)).OrderBy(g => g.Key).ToList();
        string Hover(SweepPoints.Point p) => Label.Escape($"point {p.Id}: " + string.Join(", ", paths.Select(k => $"{k} = {SweepFigureAxes.Text(request, k, p.Values[k])}")));
        // Text axes name what each point is (a fixed action, a rule): written beside the marker, not only on hover.
        var named = paths.Where(k => SweepFigureAxes.Labels(request, k) is not null).ToList();
        string Tag(SweepPoints.Point p) => Label.Escape(string.Join(", ", named.Select(k => SweepFigureAxes.Text(request, k, p.Values[k]))));
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
                data[i]!["textposition"] = new JsonArray([.. groups[i].Select(p => (JsonNode)Position(p, points))]);
                data[i]!["hovertemplate"] = "%{customdata}<br>mean %{x:.4f}, 5% quantile %{y:.4f}";
            }
        }
        FigureJson.Style(figure, request, "mean payoff per round (mean over runs)",
            "5% quantile of payoff per round (mean over runs)");
        FigureJson.Layout(figure)["hovermode"] = "closest";
        if (named.Count > 0)
        {
            // Room for the labels of the outermost points, which plotly's automatic range does not leave.
            var (x0, x1) = (points.Min(X), points.Max(X));
            var (y0, y1) = (points.Min(Y), points.Max(Y));
            var (dx, dy) = (Math.Max(x1 - x0, 1e-9), Math.Max(y1 - y0, 1e-9));
            ((JsonObject)FigureJson.Layout(figure)["xaxis"]!)["range"] = new JsonArray(x0 - 0.14 * dx, x1 + 0.14 * dx);
            ((JsonObject)FigureJson.Layout(figure)["yaxis"]!)["range"] = new JsonArray(y0 - 0.07 * dy, y1 + 0.07 * dy);
        }
        ((JsonObject)FigureJson.Layout(figure)["legend"]!)["title"] = new JsonObject { ["text"] = "dominant archetype: " };
        return figure;
    }

    private static double X(SweepPoints.Point p) => p.Mean["mean_payoff"];

    private static double Y(SweepPoints.Point p) => p.Mean["q05_payoff"];

    /// <summary>Where a point's label goes: on the side away from its nearest neighbour (in coordinates scaled to the
    /// plot), so that two close points print their labels apart rather than over each other.</summary>
    private static string Position(SweepPoints.Point p, IReadOnlyList<SweepPoints.Point> all)
    {
        var (sx, sy) = (Math.Max(all.Max(X) - all.Min(X), 1e-12), Math.Max(all.Max(Y) - all.Min(Y), 1e-12));
        var nearest = all.Where(o => o != p).MinBy(o => Math.Pow((X(o) - X(p)) / sx, 2) + Math.Pow((Y(o) - Y(p)) / sy, 2));
        if (nearest is null) return "top center";
        // Away from the neighbour; the plot is 3:2, so a horizontal step weighs 1.5 times a vertical one.
        var (ax, ay) = (-(X(nearest) - X(p)) / sx * 1.5, -(Y(nearest) - Y(p)) / sy);
        var length = Math.Max(Math.Sqrt(ax * ax + ay * ay), 1e-12);
        var vertical = ay / length > 0.38 ? "top" : ay / length < -0.38 ? "bottom" : "middle";
        var horizontal = ax / length > 0.38 ? "right" : ax / length < -0.38 ? "left" : "center";
        // Near the left or right end a label beside the point would leave the plot: centre it above or below instead.
        var (fromLeft, fromRight) = ((X(p) - all.Min(X)) / sx, (all.Max(X) - X(p)) / sx);
        if ((horizontal == "left" && fromLeft < 0.25) || (horizontal == "right" && fromRight < 0.25))
        {
            horizontal = "center";
            if (vertical == "middle") vertical = ay >= 0 ? "top" : "bottom";
        }
        return vertical == "middle" && horizontal == "center" ? "top center" : $"{vertical} {horizontal}";
    }
}
