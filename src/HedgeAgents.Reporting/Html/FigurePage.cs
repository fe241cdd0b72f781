using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HedgeAgents.Reporting.Html;

/// <summary>The HTML page of one figure: the figure's JSON in a script that loads plotly.js from a relative path, so
/// nothing comes from the network; same figure, same bytes.</summary>
internal static class FigurePage
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // The default encoder writes '<', '>' and '&' as \u003C…, so no label can close the <script> it sits in.
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    /// <summary>The page's text.</summary>
    public static string Render(string stem, string title, JsonObject figure, string plotlyLink)
    {
        var id = Label.Id(stem);
        var json = figure.ToJsonString(Json);
        // No mode bar: headless Chromium draws it into the PNGs over the legend.
        var config = "{\"displayModeBar\":false}";
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<title>").Append(Label.Escape(title)).Append("</title>\n");
        sb.Append("<script src=\"").Append(Label.Escape(plotlyLink)).Append("\"></script>\n");
        sb.Append("<style>html,body{margin:0;background:white}#").Append(id).Append("{width:1200px;height:800px}</style>\n");
        sb.Append("</head>\n<body>\n<div id=\"").Append(id).Append("\"></div>\n<script>\n");
        sb.Append("var figure = ").Append(json).Append(";\n");
        sb.Append("Plotly.newPlot(document.getElementById(\"").Append(id).Append("\"), figure.data, figure.layout, ").Append(config).Append(");\n");
        sb.Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }
}
