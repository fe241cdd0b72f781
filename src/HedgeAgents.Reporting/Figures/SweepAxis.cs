using System.Globalization;
using HedgeAgents.Reporting.Data;

namespace HedgeAgents.Reporting.Figures;

/// <summary>Helpers the sweep figures share: the swept paths a figure needs, checked against the data, and value labels.</summary>
internal static class SweepAxis
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
}
