using System.Text;
using HedgeAgents.Experiments.Plots;
using HedgeAgents.Reporting.Figures;

namespace HedgeAgents.Reporting;

/// <summary>The README written beside the figures: what each shows and the command that regenerates it and its data.</summary>
internal static class FiguresReadme
{
    public static string Render(IReadOnlyList<FigureRequest> figures, ResultsFolder folder, string folderArgument)
    {
        var sb = new StringBuilder();
        sb.Append("# Figures\n\n");
        sb.Append("Drawn by `hedge plot` from the data files of this results folder (nothing is re-run). Each figure is an HTML\n");
        sb.Append("page that works offline (plotly.js is loaded from a relative path); `--png` also writes a PNG through headless Chromium.\n\n");
        sb.Append("| figure | kind | what it shows | regenerate |\n|---|---|---|---|\n");
        foreach (var f in figures)
        {
            var shows = PlotKinds.Find(f.Spec.Kind)?.Shows ?? "";
            sb.Append($"| `{Cell(f.Spec.FileStem)}.html` | {Cell(f.Spec.Kind)} | {Cell(f.Title)}: {Cell(shows)} (actor {Cell(f.Actor)}) | " +
                      $"`hedge plot {Cell(folderArgument)} --only {Cell(f.Spec.FileStem)}` |\n");
        }
        sb.Append($"\nAll figures: `hedge plot {Cell(folderArgument)}` (add `--png` for PNGs).\n");
        sb.Append($"The data: `{Cell(folder.Command)}`.\n");
        return sb.ToString();
    }

    // Markdown table cells: a '|' would split the cell, and '<' would start HTML in renderers that allow it.
    private static string Cell(string text) => text.Replace("|", "\\|").Replace("<", "&lt;").Replace("`", "'");
}
