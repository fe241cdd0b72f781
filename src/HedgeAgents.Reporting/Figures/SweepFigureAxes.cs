using System.Globalization;
using System.Text.Json.Nodes;
using HedgeAgents.Reporting.Data;

namespace HedgeAgents.Reporting.Figures;

/// <summary>Helpers the sweep figures share: the swept paths a figure needs, checked against the data, and value labels.</summary>
internal static class SweepFigureAxes
{
    /// <summary>The swept paths of the folder; each of <paramref name="needed"/> must be one, else an error lists them.</summary>
    public static IReadOnlyList<string> Paths(FigureRequest request, params string?[] needed)
    {
        var file = request.DataFile("points.csv");
        var paths = SweepPoints.SweptPaths(file);
        foreach (var path in needed)
        {
            if (path is null) throw new FigureDataException(file, $"'{request.Spec.Kind}' needs a swept parameter; swept: {string.Join(", ", paths)}");
            if (!paths.Contains(path)) throw new FigureDataException(file, $"'{path}' is not a swept parameter of this folder; swept: {string.Join(", ", paths)}");
        }
        return paths;
    }

    /// <summary>A swept value as an axis label (up to 4 significant digits).</summary>
    public static string Text(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>The labels of a text axis in the order listed, or null when <paramref name="path"/> is numeric.</summary>
    public static IReadOnlyList<string>? Labels(FigureRequest request, string path) =>
        request.Folder.TextAxes.TryGetValue(path, out var labels) ? labels : null;

    /// <summary>A swept value as a label: a text axis's label (values of a text axis are indices), else the number.</summary>
    public static string Text(FigureRequest request, string path, double value) =>
        Labels(request, path) is { } labels ? labels[(int)value] : Text(value);

    /// <summary>Makes the x axis categorical for a text axis whose values are the indices of <paramref name="labels"/>:
    /// one tick per label, in the order listed, half a category of room at either end.</summary>
    public static void Categorical(JsonObject figure, IReadOnlyList<string> labels)
    {
        var x = (JsonObject)FigureJson.Layout(figure)["xaxis"]!;
        x["tickmode"] = "array";
        x["tickvals"] = new JsonArray([.. labels.Select((_, i) => (JsonNode)i)]);
        x["ticktext"] = new JsonArray([.. labels.Select(l => (JsonNode)Html.Label.Escape(l))]);
        x["range"] = new JsonArray(-0.5, labels.Count - 0.5);
    }

    /// <summary>Turns a mean trace into markers with asymmetric 95% error bars, for a categorical x where lines and bands
    /// between categories would suggest an order the categories do not have.</summary>
    public static void ErrorBars(JsonNode trace, IReadOnlyList<double> mean, IReadOnlyList<double> low, IReadOnlyList<double> high)
    {
        trace["mode"] = "markers";
        trace["marker"] ??= new JsonObject();
        trace["marker"]!["size"] = 12;
        trace["error_y"] = new JsonObject
        {
            ["type"] = "data", ["symmetric"] = false, ["thickness"] = 2, ["width"] = 8,
            ["array"] = new JsonArray([.. mean.Select((m, i) => (JsonNode)Finite(high[i] - m))]),
            ["arrayminus"] = new JsonArray([.. mean.Select((m, i) => (JsonNode)Finite(m - low[i]))]),
        };
    }

    // A point with one replication has no interval: no bar rather than NaN, which JSON cannot hold.
    private static double Finite(double halfWidth) => double.IsFinite(halfWidth) ? halfWidth : 0;
}
