using System.Text.Json.Nodes;
using HedgeAgents.Reporting.Figures;
using HedgeAgents.Reporting.Html;

namespace HedgeAgents.Reporting.Sensitivity;

/// <summary>The bar chart of a <see cref="SensitivityResult"/>: one horizontal bar per parameter and index (S1 and ST,
/// or μ* and σ), the bootstrap interval as a whisker on S1, ST and μ*. Written as figure JSON directly: bars with
/// asymmetric error bars are a few keys, which the C# bindings of Plotly.NET spell less plainly.</summary>
internal static class SensitivityFigure
{
    public static JsonObject Draw(SensitivityResult result, string title, string subtitle)
    {
        var rows = result.Rows();
        var names = new JsonArray([.. rows.Select(r => (JsonNode)Label.Escape(r.Parameter))]);
        JsonObject Bars(string name, string color, int value, int? low, int? high)
        {
            var bar = new JsonObject
            {
                ["type"] = "bar", ["orientation"] = "h", ["name"] = name,
                ["y"] = names.DeepClone(), ["x"] = new JsonArray([.. rows.Select(r => (JsonNode)r.Values[value])]),
                ["marker"] = new JsonObject { ["color"] = color },
                ["hovertemplate"] = "%{x:.3f}<extra>" + Label.Escape(name) + "</extra>",
            };
            if (low is { } l && high is { } h)
                bar["error_x"] = new JsonObject
                {
                    ["type"] = "data", ["symmetric"] = false, ["color"] = "#222", ["thickness"] = 1.5, ["width"] = 6,
                    ["array"] = new JsonArray([.. rows.Select(r => (JsonNode)Math.Max(0, r.Values[h] - r.Values[value]))]),
                    ["arrayminus"] = new JsonArray([.. rows.Select(r => (JsonNode)Math.Max(0, r.Values[value] - r.Values[l]))]),
                };
            return bar;
        }
        var level = result.Bootstrap.Level.ToString("P0", System.Globalization.CultureInfo.InvariantCulture).Replace(" ", "");
        var data = result.Sobol is not null
            ? new JsonArray(Bars($"first order S1 ({level} interval)", "#9ecae1", 0, 1, 2), Bars($"total ST ({level} interval)", "#1f5f99", 3, 4, 5))
            : new JsonArray(Bars($"μ* mean |elementary effect| ({level} interval)", "#1f5f99", 1, 2, 3), Bars("σ s.d. of elementary effects", "#bdbdbd", 4, null, null));
        var xTitle = result.Sobol is not null
            ? "share of the variance of the per-point mean (Sobol' index)"
            : "effect on the per-point mean per unit of the parameter's range (unit-cube coordinate)";
        var layout = new JsonObject
        {
            ["title"] = new JsonObject
            {
                ["text"] = $"{Label.Escape(title)}<br><span style=\"font-size:13px;color:#555\">{Label.Escape(subtitle)}</span>",
                ["x"] = 0.01, ["xanchor"] = "left",
            },
            ["barmode"] = "group",
            ["font"] = new JsonObject { ["family"] = "Arial, Helvetica, sans-serif", ["size"] = 14 },
            ["paper_bgcolor"] = "white", ["plot_bgcolor"] = "white",
            ["width"] = FigureJson.Width, ["height"] = FigureJson.Height,
            ["margin"] = new JsonObject { ["l"] = 260, ["r"] = 40, ["t"] = 140, ["b"] = 90 },
            ["legend"] = new JsonObject { ["orientation"] = "h", ["x"] = 1, ["xanchor"] = "right", ["y"] = 1.01, ["yanchor"] = "bottom" },
            // The first parameter of the sweep at the top, as in the CSV and the terminal table.
            ["yaxis"] = new JsonObject { ["autorange"] = "reversed", ["automargin"] = true, ["showline"] = true, ["linecolor"] = "#444" },
            ["xaxis"] = new JsonObject
            {
                ["title"] = new JsonObject { ["text"] = Label.Escape(xTitle) }, ["zeroline"] = true, ["zerolinecolor"] = "#444",
                ["showgrid"] = true, ["gridcolor"] = "#e5e5e5", ["showline"] = true, ["linecolor"] = "#444",
            },
        };
        if (result.Sobol is not null) ((JsonObject)layout["xaxis"]!)["range"] = new JsonArray(
            Math.Min(0, rows.Min(r => Math.Min(r.Values[1], r.Values[4])) - 0.02), Math.Max(1, rows.Max(r => Math.Max(r.Values[2], r.Values[5]))) + 0.02);
        return new JsonObject { ["data"] = data, ["layout"] = layout };
    }
}
