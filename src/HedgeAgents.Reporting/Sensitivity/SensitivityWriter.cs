using System.Text;
using HedgeAgents.Experiments.Output;
using HedgeAgents.Reporting.Html;
using HedgeAgents.Reporting.Png;

namespace HedgeAgents.Reporting.Sensitivity;

/// <summary>Writes a <see cref="SensitivityResult"/> as derived output of its sweep folder: the CSV, the bar chart
/// (HTML, and PNG through Chromium) and a README.md listing each analysis in the folder with the command that
/// regenerates it. Every file is written under a temporary name and renamed.</summary>
public static class SensitivityWriter
{
    /// <summary>The subfolder of a sweep folder that holds its sensitivity analyses.</summary>
    public const string FolderName = "sensitivity";

    private const string RowStart = "| `sensitivity-";

    /// <summary>The file stem of one analysis: <c>sensitivity-&lt;metric&gt;-&lt;actor&gt;</c>.</summary>
    public static string Stem(string metric, string actor) => $"sensitivity-{metric}-{actor}";

    /// <summary>Writes the files; <paramref name="command"/> is the command that regenerates them, for the README.</summary>
    public static SensitivityFiles Write(SensitivityResult result, string command, string? chromium)
    {
        var dir = Path.Combine(result.Sweep.Folder, FolderName);
        Directory.CreateDirectory(dir);
        var stem = Stem(result.Outputs.Metric, result.Outputs.Actor);
        var csv = Path.Combine(dir, stem + ".csv");
        AtomicFile.WriteIfChanged(csv, Encoding.UTF8.GetBytes(result.Csv()));

        var folder = ResultsFolder.Open(result.Sweep.Folder);
        var what = result.Sobol is not null ? "Sobol' indices" : "Morris elementary effects";
        var title = $"{what} of {result.Outputs.Metric}: what moves {folder.ActorName(result.Outputs.Actor)} ({result.Outputs.Actor})";
        var experiment = folder.ExperimentPath is { } e ? Path.GetFileNameWithoutExtension(e) : "";
        var subtitle = $"experiment {experiment} · {result.Design} sweep, {result.Sweep.Points} points · per point the mean over " +
                       $"{result.Outputs.Replications} replication(s) · {result.NoiseText()} · whiskers: bootstrap percentile intervals, {result.Bootstrap.Resamples} resamples";
        var bundle = PlotlyBundle.Ensure(PlotlyBundle.AssetsFolder(result.Sweep.Folder, dir));
        var html = Path.Combine(dir, stem + ".html");
        AtomicFile.WriteIfChanged(html, Encoding.UTF8.GetBytes(FigurePage.Render(stem, title, SensitivityFigure.Draw(result, title, subtitle),
            PlotlyBundle.RelativeLink(dir, bundle))));
        string? png = null;
        if (chromium is not null)
        {
            png = Path.ChangeExtension(html, ".png");
            Chromium.Screenshot(chromium, html, png);
        }
        var readme = Path.Combine(dir, "README.md");
        AtomicFile.WriteIfChanged(readme, Encoding.UTF8.GetBytes(Readme(readme, stem, result, command)));
        return new SensitivityFiles(csv, html, png);
    }

    /// <summary>The README with this analysis's row replaced or added; the rows of the other analyses are kept.</summary>
    private static string Readme(string path, string stem, SensitivityResult result, string command)
    {
        var rows = File.Exists(path)
            ? File.ReadAllLines(path).Where(l => l.StartsWith(RowStart, StringComparison.Ordinal) && !l.StartsWith($"| `{stem}.", StringComparison.Ordinal)).ToList()
            : [];
        rows.Add($"| `{stem}.csv`, `{stem}.html`{(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, stem + ".png")) ? $", `{stem}.png`" : "")} | " +
                 $"{result.Description().Replace("|", "/")} | `{command}` |");
        rows.Sort(StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append("# Sensitivity analyses of this sweep\n\n");
        sb.Append("Written by `hedge sensitivity` from the sweep's `manifest.json` (the design) and `runs.csv` (the runs). The output of each\n");
        sb.Append("design point is the **mean of the metric over the point's replications**, so the indices apportion the variance (Sobol')\n");
        sb.Append("or measure the effects (Morris) of that mean. The runs of one base sample (Sobol') or trajectory (Morris) share their\n");
        sb.Append("seeds (common random numbers), so replication noise adds nothing to a parameter the model ignores. Sobol' CSV columns:\n");
        sb.Append("`parameter, S1, S1_low, S1_high, ST, ST_low, ST_high`; Morris: `parameter, mu, mu_star, mu_star_low, mu_star_high, sigma`\n");
        sb.Append("(effects per unit of the parameter's range). The last row, `noise`, is the share of the variance of the point means\n");
        sb.Append("that is replication noise (per point, its replications' variance / R, averaged over points, over the variance of the\n");
        sb.Append("point means), in the ST (Sobol') or mu_star (Morris) columns, other columns empty. Low and high are bootstrap\n");
        sb.Append("percentile intervals. Each command below regenerates its files (run from the repository root); docs/sensitivity.md\n");
        sb.Append("has the maths.\n\n");
        sb.Append("| files | what | command |\n|---|---|---|\n");
        foreach (var row in rows) sb.Append(row).Append('\n');
        return sb.ToString();
    }
}
