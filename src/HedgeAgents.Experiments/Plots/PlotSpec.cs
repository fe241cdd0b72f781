namespace HedgeAgents.Experiments.Plots;

/// <summary>One figure an experiment declares in its <c>plots:</c> section; <c>hedge plot</c> draws it from the data
/// files of a results folder.</summary>
/// <param name="Kind">The figure kind (see <see cref="PlotKinds"/>).</param>
/// <param name="Name">The file name stem of the figure (default: the kind, with the actor and parameters).</param>
/// <param name="Actor">The actor the figure is about (default: the first middle power).</param>
/// <param name="X">Sweep figures: the parameter path on the x axis.</param>
/// <param name="Y">Phase diagrams: the parameter path on the y axis.</param>
/// <param name="Title">The title (default: one made from the kind, actor and experiment name).</param>
/// <param name="Metric"><c>metric-by</c>: the summary metric on the y axis (a column of summary.csv).</param>
public sealed record PlotSpec(string Kind, string? Name, string? Actor, string? X, string? Y, string? Title, string? Metric = null)
{
    /// <summary>The figure's file stem: <see cref="Name"/>, or the kind with the actor, metric and parameters.</summary>
    public string FileStem => Name ?? string.Join('-', new[] { Kind, Actor, Metric, X, Y }.Where(s => !string.IsNullOrEmpty(s)));
}
