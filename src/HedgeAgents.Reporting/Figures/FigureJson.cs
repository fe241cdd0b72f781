using System.Text.Json.Nodes;
using HedgeAgents.Reporting.Html;
using Plotly.NET;

namespace HedgeAgents.Reporting.Figures;

/// <summary>Turns a Plotly.NET chart into figure JSON and sets the layout every figure shares: title, axis titles with
/// units, legend, time axis with period labels and event marks. Layout is set on the JSON because the C# bindings do not
/// cover shapes and annotations.</summary>
internal static class FigureJson
{
    /// <summary>Figure width and height in pixels: the PNG's window size, so the HTML and the PNG look alike.</summary>
    public const int Width = 1200, Height = 800;

    /// <summary>The chart's data and layout (Plotly.NET's <c>frames</c> left out).</summary>
    public static JsonObject Of(GenericChart chart)
    {
        var figure = JsonNode.Parse(GenericChart.toFigureJson(chart))!.AsObject();
        figure.Remove("frames");
        return figure;
    }

    /// <summary>The layout object, created when missing.</summary>
    public static JsonObject Layout(JsonObject figure) =>
        figure["layout"] as JsonObject ?? (JsonObject)(figure["layout"] = new JsonObject());

    /// <summary>The traces.</summary>
    public static JsonArray Data(JsonObject figure) => figure["data"]!.AsArray();

    /// <summary>Title (with the actor and experiment as subtitle), axis titles, font, margins, white background, a fixed
    /// size (the PNG's), legend in one row above the plot so it covers neither data nor the x-axis title.</summary>
    public static void Style(JsonObject figure, FigureRequest request, string xTitle, string yTitle)
    {
        var layout = Layout(figure);
        var subtitle = $"{request.Folder.ActorName(request.Actor)} ({request.Actor}) · experiment {request.Experiment.Name}";
        layout["title"] = new JsonObject
        {
            ["text"] = $"{Label.Escape(request.Title)}<br><span style=\"font-size:13px;color:#555\">{Label.Escape(subtitle)}</span>",
            ["x"] = 0.01,
            ["xanchor"] = "left",
        };
        layout["font"] = new JsonObject { ["family"] = "Arial, Helvetica, sans-serif", ["size"] = 14 };
        layout["paper_bgcolor"] = "white";
        layout["plot_bgcolor"] = "white";
        layout["width"] = Width;
        layout["height"] = Height;
        layout["margin"] = new JsonObject { ["l"] = 90, ["r"] = 40, ["t"] = 130, ["b"] = 90 };
        layout["legend"] = new JsonObject
        {
            ["orientation"] = "h", ["x"] = 1, ["xanchor"] = "right", ["y"] = 1.01, ["yanchor"] = "bottom", ["traceorder"] = "normal",
        };
        layout["xaxis"] = Axis(layout["xaxis"] as JsonObject, xTitle);
        layout["yaxis"] = Axis(layout["yaxis"] as JsonObject, yTitle);
    }

    /// <summary>Round labels (<c>2022Q1</c>) on the x axis, thinned to about 16 ticks, and each event as a dotted vertical
    /// line with its label written upwards beside it.</summary>
    public static void TimeAxis(JsonObject figure, IReadOnlyList<string> periods, IEnumerable<EventMark> events)
    {
        var layout = Layout(figure);
        var step = Math.Max(1, (int)Math.Ceiling(periods.Count / 16.0));
        var ticks = new JsonArray([.. periods.Where((_, i) => i % step == 0).Select(p => (JsonNode)p)]);
        var x = (JsonObject)layout["xaxis"]!;
        x["type"] = "category";
        x["tickmode"] = "array";
        x["tickvals"] = ticks;
        x["ticktext"] = ticks.DeepClone();
        x["tickangle"] = -45;
        var shapes = new JsonArray();
        var notes = new JsonArray();
        foreach (var e in events.Where(e => periods.Contains(e.Period)))
        {
            shapes.Add(new JsonObject
            {
                ["type"] = "line", ["xref"] = "x", ["yref"] = "paper", ["x0"] = e.Period, ["x1"] = e.Period, ["y0"] = 0, ["y1"] = 1,
                ["line"] = new JsonObject { ["color"] = "#333", ["width"] = 1.5, ["dash"] = "dot" },
            });
            notes.Add(new JsonObject
            {
                ["text"] = Label.Escape($"{e.Label} ({e.Period})"), ["xref"] = "x", ["yref"] = "paper", ["x"] = e.Period, ["y"] = 0.99,
                ["textangle"] = -90, ["xanchor"] = "left", ["yanchor"] = "top", ["showarrow"] = false, ["xshift"] = 1,
                ["font"] = new JsonObject { ["size"] = 12, ["color"] = "#222" }, ["bgcolor"] = "rgba(255,255,255,0.75)",
            });
        }
        layout["shapes"] = shapes;
        layout["annotations"] = notes;
        layout["hovermode"] = "x unified";
    }

    private static JsonObject Axis(JsonObject? axis, string title)
    {
        axis ??= new JsonObject();
        axis["title"] = new JsonObject { ["text"] = Label.Escape(title) };
        axis["showline"] = true;
        axis["linecolor"] = "#444";
        axis["gridcolor"] = "#e5e5e5";
        axis["zeroline"] = false;
        axis["automargin"] = true;
        return axis;
    }
}
