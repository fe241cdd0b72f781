namespace HedgeAgents.Reporting.Figures;

/// <summary>The registry of figure kinds, one class per kind, found by the names <c>PlotKinds</c> declares.</summary>
internal static class FigureKinds
{
    /// <summary>Every kind that can be drawn.</summary>
    public static readonly IFigureKind[] All =
    [
        new SharesFigure(), new PayoffFigure(), new LossesFigure(), new InsuranceFigure(), new EngagementFigure(),
        new PhaseFigure(), new SharesByFigure(), new MetricByFigure(), new PayoffByArchetypeFigure(), new MeanVsQ05Figure(),
    ];

    /// <summary>The kind of a name; every name <c>PlotKinds</c> knows has one (a test checks).</summary>
    public static IFigureKind Find(string name) =>
        All.FirstOrDefault(k => k.Name == name) ?? throw new InvalidOperationException($"no figure drawer for kind '{name}'");

    /// <summary>A title for a kind when the spec gives none (the name itself for a kind without a drawer).</summary>
    public static string DefaultTitle(string kind, string? x, string? y, string? metric = null) =>
        All.FirstOrDefault(k => k.Name == kind)?.DefaultTitle(x, y, metric) ?? kind;
}
