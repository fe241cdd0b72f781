using HedgeAgents.Reporting.Figures;

namespace HedgeAgents.Reporting;

/// <summary>A figure written to disk: its request, its HTML file and, with PNGs asked for, its PNG.</summary>
/// <param name="Request">What was drawn.</param>
/// <param name="Html">The HTML file.</param>
/// <param name="Png">The PNG file, or null.</param>
public sealed record WrittenFigure(FigureRequest Request, string Html, string? Png);
