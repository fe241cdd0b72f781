using System.Text.Json.Nodes;

namespace HedgeAgents.Reporting.Figures;

/// <summary>A figure kind: draws a request from the folder's data files into a plotly figure (data and layout).</summary>
internal interface IFigureKind
{
    /// <summary>The kind's name as in <c>plots:</c> (see <c>PlotKinds</c>).</summary>
    string Name { get; }

    /// <summary>The title when the spec gives none.</summary>
    string DefaultTitle(string? x, string? y, string? metric);

    /// <summary>The figure as plotly JSON: <c>{"data": [...], "layout": {...}}</c>.</summary>
    JsonObject Draw(FigureRequest request);
}
