using System.Text.Json.Nodes;
using HedgeAgents.Experiments.Plots;
using HedgeAgents.Reporting.Data;
using HedgeAgents.Reporting.Html;
using Plotly.NET.CSharp;
using static Plotly.NET.StyleParam;

namespace HedgeAgents.Reporting.Figures;

/// <summary><c>shares-by</c>: each archetype's mean share against one swept parameter with its 95% confidence band
/// (<see cref="SweepBands"/>); against a text axis, markers with 95% error bars, the archetypes side by side at each
/// category in the order listed.</summary>
internal sealed class SharesByFigure : IFigureKind
{
    public string Name => PlotKinds.SharesBy.Name;

    public string DefaultTitle(string? x, string? y, string? metric) => $"Archetype shares against {x}";

    public JsonObject Draw(FigureRequest request)
    {
        var x = request.Spec.X!;
        var paths = SweepFigureAxes.Paths(request, x);
        var (xs, mean, low, high) = SweepBands.Of(request, x, paths, [.. Archetypes.Names.Select(a => "share_" + a)]);
        var traces = new List<Plotly.NET.GenericChart>();
        for (var a = 0; a < Archetypes.Names.Length; a++)
        {
            var color = Plotly.NET.Color.fromString(Archetypes.Colors[a]);
            var faint = Plotly.NET.Color.fromString(Archetypes.Colors[a] + "33");
            traces.Add(Chart.Scatter<double, double, string>(x: xs, y: high[a], mode: Mode.Lines, Name: $"{Archetypes.Names[a]} 95% CI",
                LineColor: faint, LineWidth: 0.0));
            traces.Add(Chart.Scatter<double, double, string>(x: xs, y: low[a], mode: Mode.Lines, Name: $"{Archetypes.Names[a]} 95% CI",
                LineColor: faint, LineWidth: 0.0, FillColor: faint));
            traces.Add(Chart.Scatter<double, double, string>(x: xs, y: mean[a], mode: Mode.Lines_Markers, Name: Archetypes.Names[a],
                LineColor: color, LineWidth: 2.5, MarkerColor: color));
        }
        var figure = FigureJson.Of(Chart.Combine(traces));
        var data = FigureJson.Data(figure);
        for (var i = 0; i < data.Count; i++)
        {
            var trace = data[i]!;
            trace["legendgroup"] = Archetypes.Names[i / 3];
            trace["hovertemplate"] = "%{y:.0%}";
            if (i % 3 != 2) trace["showlegend"] = false;
            if (i % 3 == 1) trace["fill"] = "tonexty";
        }
        FigureJson.Style(figure, request, ParameterLabel.Of(request.Experiment, x), "share of rounds after burn-in (mean over runs, 95% CI)");
        var layout = FigureJson.Layout(figure);
        if (SweepFigureAxes.Labels(request, x) is { } labels)
        {
            // Categories have no order between them: markers with error bars, no bands; the archetypes side by side.
            for (var i = data.Count - 1; i >= 0; i--)
                if (i % 3 != 2) data.RemoveAt(i);
            for (var a = 0; a < Archetypes.Names.Length; a++)
            {
                SweepFigureAxes.ErrorBars(data[a]!, mean[a], low[a], high[a]);
                data[a]!["x"] = new JsonArray([.. xs.Select(v => (JsonNode)(v + (a - 1.5) * 0.12))]);
                data[a]!["showlegend"] = true;
            }
            SweepFigureAxes.Categorical(figure, labels);
        }
        var yaxis = (JsonObject)layout["yaxis"]!;
        yaxis["range"] = new JsonArray(-0.02, 1.02);
        yaxis["tickformat"] = ".0%";
        layout["hovermode"] = "x unified";
        ((JsonObject)layout["xaxis"]!)["title"] = new JsonObject { ["text"] = Label.Escape(x) };
        return figure;
    }
}
