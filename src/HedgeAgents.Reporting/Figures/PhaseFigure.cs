using System.Text.Json.Nodes;
using HedgeAgents.Experiments.Plots;
using HedgeAgents.Reporting.Data;
using HedgeAgents.Reporting.Html;
using Plotly.NET.CSharp;

namespace HedgeAgents.Reporting.Figures;

/// <summary><c>phase</c>: the dominant archetype (largest mean share, points.csv) over two swept parameters; other swept
/// parameters are averaged over, their points weighted equally; the four shares on hover. A text axis's cells are its
/// labels in the order listed.</summary>
internal sealed class PhaseFigure : IFigureKind
{
    public string Name => PlotKinds.Phase.Name;

    public string DefaultTitle(string? x, string? y, string? metric) => $"Dominant archetype over {x} × {y}";

    public JsonObject Draw(FigureRequest request)
    {
        var (x, y) = (request.Spec.X!, request.Spec.Y!);
        var paths = SweepFigureAxes.Paths(request, x, y);
        var points = SweepPoints.Read(request.DataFile("points.csv"), request.Actor, paths, textAxes: request.Folder.TextAxes).Points;
        var cells = points.GroupBy(p => (X: p.Values[x], Y: p.Values[y]))
            .ToDictionary(g => g.Key, g => Archetypes.Names.Select((_, a) => g.Average(p => p.Shares[a])).ToArray());
        var xs = cells.Keys.Select(k => k.X).Distinct().Order().ToArray();
        var ys = cells.Keys.Select(k => k.Y).Distinct().Order().ToArray();
        var z = ys.Select(yv => xs.Select(xv => cells.TryGetValue((xv, yv), out var s) ? Archetypes.Dominant(s) : -1).ToArray()).ToArray();
        var chart = Chart.Heatmap<int, string, string, string>(zData: z, X: Some.Of<IEnumerable<string>>([.. xs.Select(v => SweepFigureAxes.Text(request, x, v))]),
            Y: Some.Of<IEnumerable<string>>([.. ys.Select(v => SweepFigureAxes.Text(request, y, v))]),
            Name: "dominant archetype", XGap: 2, YGap: 2);
        var figure = FigureJson.Of(chart);
        var trace = (JsonObject)FigureJson.Data(figure)[0]!;
        // A discrete colour scale: each archetype index 0..3 gets its colour band.
        var scale = new JsonArray();
        for (var a = 0; a < Archetypes.Names.Length; a++)
        {
            scale.Add(new JsonArray(a / 4.0, Archetypes.Colors[a]));
            scale.Add(new JsonArray((a + 1) / 4.0, Archetypes.Colors[a]));
        }
        trace["colorscale"] = scale;
        trace["zmin"] = -0.5;
        trace["zmax"] = 3.5;
        trace["colorbar"] = new JsonObject
        {
            ["tickvals"] = new JsonArray(0, 1, 2, 3), ["ticktext"] = new JsonArray([.. Archetypes.Names.Select(n => (JsonNode)n)]),
            ["title"] = new JsonObject { ["text"] = "dominant" },
        };
        string Hover(double xv, double yv) => cells.TryGetValue((xv, yv), out var s)
            ? string.Join("<br>", Archetypes.Names.Select((n, a) => $"{n}: {s[a]:P0}")) : "no point";
        string Cell(double xv, double yv) => cells.TryGetValue((xv, yv), out var s)
            ? $"{Archetypes.Names[Archetypes.Dominant(s)]}<br>{s.Max():P0}" : "";
        // Heatmap cell text takes %{text} only, so the cell label is the text and the hover's share list the customdata.
        trace["text"] = new JsonArray([.. ys.Select(yv => (JsonNode)new JsonArray([.. xs.Select(xv => (JsonNode)Cell(xv, yv))]))]);
        trace["customdata"] = new JsonArray([.. ys.Select(yv => (JsonNode)new JsonArray([.. xs.Select(xv => (JsonNode)Hover(xv, yv))]))]);
        trace["texttemplate"] = "%{text}";
        trace["textfont"] = new JsonObject { ["color"] = "white", ["size"] = 13 };
        trace["hovertemplate"] = $"{Label.Escape(x)} = %{{x}}<br>{Label.Escape(y)} = %{{y}}<br>%{{customdata}}<extra></extra>";
        FigureJson.Style(figure, request, ParameterLabel.Of(request.Experiment, x), ParameterLabel.Of(request.Experiment, y));
        var layout = FigureJson.Layout(figure);
        ((JsonObject)layout["xaxis"]!)["type"] = "category";
        ((JsonObject)layout["yaxis"]!)["type"] = "category";
        layout["showlegend"] = false;
        return figure;
    }
}
