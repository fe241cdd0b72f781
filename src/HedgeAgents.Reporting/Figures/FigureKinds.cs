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

    /// <summary>A title for a kind when the spec gives none.</summary>
    public static string DefaultTitle(string kind, string? x, string? y, string? metric = null) => kind switch
    {
        "shares" => "Archetype shares per round",
        "payoff" => "Payoff per round: mean and 90% band",
        "losses" => "Losses per round by type",
        "insurance" => "Insurance stocks, diversification and N−1 resilience",
        "engagement" => "Engagement weight per counterparty",
        "phase" => $"Dominant archetype over {x} × {y}",
        "shares-by" => $"Archetype shares against {x}",
        "metric-by" => $"{metric} against {x}",
        "payoff-by-archetype" => (x, metric) switch
        {
            (null, null) => "Run payoffs by the archetype played most",
            (null, _) => $"Run {metric} by the archetype played most",
            _ => $"Run {metric ?? "mean_payoff"} by {x}",
        },
        "mean-vs-q05" => "Mean payoff against 5% quantile per sweep point",
        _ => kind,
    };
}
