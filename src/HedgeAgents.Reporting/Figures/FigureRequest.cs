using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Plots;

namespace HedgeAgents.Reporting.Figures;

/// <summary>One figure to draw: its spec with the actor and title resolved, and where its data and labels come from.</summary>
/// <param name="Spec">The figure as declared (or defaulted).</param>
/// <param name="Actor">The actor's id.</param>
/// <param name="Title">The title, as plain text (escaped when written).</param>
/// <param name="Folder">The results folder.</param>
/// <param name="Experiment">The experiment the folder was made from.</param>
public sealed record FigureRequest(PlotSpec Spec, string Actor, string Title, ResultsFolder Folder, ExperimentConfig Experiment)
{
    /// <summary>A data file of the folder, which must exist.</summary>
    public string DataFile(string name)
    {
        var path = Path.Combine(Folder.Path, name);
        return File.Exists(path) ? path
            : throw new FigureDataException(path, $"no such file; '{Spec.Kind}' is drawn from it");
    }
}
