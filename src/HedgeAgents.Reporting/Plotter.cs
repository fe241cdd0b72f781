using HedgeAgents.Core.Parameters;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Output;
using HedgeAgents.Experiments.Plots;
using HedgeAgents.Reporting.Figures;
using HedgeAgents.Reporting.Html;
using HedgeAgents.Reporting.Png;

namespace HedgeAgents.Reporting;

/// <summary>Plans the figures of a results folder (the experiment's <c>plots:</c> or the default set) and writes them into
/// <c>&lt;folder&gt;/figures/</c> with a README that says how to regenerate each.</summary>
public static class Plotter
{
    /// <summary>The figures folder's name inside a results folder.</summary>
    public const string FiguresFolderName = "figures";

    /// <summary>The figures to draw for a folder: the declared ones that fit it (run or sweep), else the default set.</summary>
    public static IReadOnlyList<FigureRequest> Plan(ResultsFolder folder, ExperimentConfig experiment)
    {
        var fromSweep = folder.Kind == ResultsKind.Sweep;
        var declared = experiment.Plots.Where(p => PlotKinds.Find(p.Kind)?.FromSweep == fromSweep).ToList();
        var specs = declared.Count > 0 ? declared : Defaults(folder.Kind, experiment);
        var actor = DefaultActor(experiment);
        return [.. specs.Select(s => new FigureRequest(s, s.Actor ?? actor, s.Title ?? FigureKinds.DefaultTitle(s.Kind, s.X, s.Y, s.Metric), folder, experiment))];
    }

    /// <summary>The default set: the four run figures, or phase (two or more swept parameters), shares-by, payoff-by-archetype
    /// and mean-vs-q05 for a sweep.</summary>
    public static IReadOnlyList<PlotSpec> Defaults(ResultsKind kind, ExperimentConfig experiment)
    {
        if (kind == ResultsKind.Run)
            return [.. new[] { PlotKinds.Shares, PlotKinds.Payoff, PlotKinds.Losses, PlotKinds.Insurance }.Select(k => new PlotSpec(k.Name, null, null, null, null, null))];
        var paths = experiment.Sweep?.Paths.ToList() ?? [];
        var specs = new List<PlotSpec>();
        if (paths.Count >= 2) specs.Add(new PlotSpec(PlotKinds.Phase.Name, null, null, paths[0], paths[1], null));
        if (paths.Count >= 1) specs.Add(new PlotSpec(PlotKinds.SharesBy.Name, null, null, paths[0], null, null));
        specs.Add(new PlotSpec(PlotKinds.PayoffByArchetype.Name, null, null, null, null, null));
        specs.Add(new PlotSpec(PlotKinds.MeanVsQ05.Name, null, null, null, null, null));
        return specs;
    }

    /// <summary>The first middle power, else the first actor that chooses.</summary>
    public static string DefaultActor(ExperimentConfig experiment) =>
        (experiment.Initial.Actors.FirstOrDefault(a => a.Kind == ActorKind.Middle)
         ?? experiment.Initial.Actors.First(a => a.Chooses)).Id;

    /// <summary>Draws and writes each figure's HTML (and PNG with <paramref name="chromium"/>), then the README; the
    /// shared plotly.js goes to the assets folder (see <see cref="PlotlyBundle.AssetsFolder"/>).</summary>
    /// <param name="folderArgument">The folder as the user named it, for the regenerating commands in the README.</param>
    public static IReadOnlyList<WrittenFigure> Write(IReadOnlyList<FigureRequest> figures, ResultsFolder folder, string folderArgument,
        string? chromium, Action<WrittenFigure>? written = null)
    {
        var dir = Path.Combine(folder.Path, FiguresFolderName);
        Directory.CreateDirectory(dir);
        var bundle = PlotlyBundle.Ensure(PlotlyBundle.AssetsFolder(folder.Path, dir));
        var link = PlotlyBundle.RelativeLink(dir, bundle);
        var result = new List<WrittenFigure>();
        foreach (var request in figures)
        {
            var figure = FigureKinds.Find(request.Spec.Kind).Draw(request);
            var html = Path.Combine(dir, request.Spec.FileStem + ".html");
            AtomicFile.WriteIfChanged(html, System.Text.Encoding.UTF8.GetBytes(FigurePage.Render(request.Spec.FileStem, request.Title, figure, link)));
            string? png = null;
            if (chromium is not null)
            {
                png = Path.ChangeExtension(html, ".png");
                Chromium.Screenshot(chromium, html, png);
            }
            var w = new WrittenFigure(request, html, png);
            result.Add(w);
            written?.Invoke(w);
        }
        AtomicFile.WriteIfChanged(Path.Combine(dir, "README.md"), System.Text.Encoding.UTF8.GetBytes(FiguresReadme.Render(figures, folder, folderArgument)));
        return result;
    }
}
