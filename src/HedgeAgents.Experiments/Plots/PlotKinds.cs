using HedgeAgents.Core.Collections;
namespace HedgeAgents.Experiments.Plots;

/// <summary>The figure kinds an experiment can declare, what each needs, and which results it is drawn from: each kind's
/// name and wording are declared here once; the reader, schema, docs and the figure drawers refer to these fields.</summary>
public static class PlotKinds
{
    /// <summary>A kind: its name, whether it is drawn from a sweep (runs.csv, points.csv) or a run (rounds.csv,
    /// engagement.csv, summary.csv), the keys it needs besides <c>kind</c>, what it shows, and the keys it may take besides those.</summary>
    public sealed record Kind(string Name, bool FromSweep, ValueArray<string> Needs, string Shows, ValueArray<string> Optional = default)
    {
        /// <summary>Whether the kind takes a key, needed or optional.</summary>
        public bool Takes(string key) => Needs.Contains(key) || Optional.Contains(key);
    }

    /// <summary>An actor's archetype shares over time.</summary>
    public static readonly Kind Shares = new("shares", false, [], "an actor's archetype shares over time (stacked area, mean over replications), events marked");

    /// <summary>An actor's payoff over time.</summary>
    public static readonly Kind Payoff = new("payoff", false, [], "an actor's payoff over time: mean and 90% band over replications, events marked");

    /// <summary>An actor's losses by type over time.</summary>
    public static readonly Kind Losses = new("losses", false, [], $"an actor's losses by type over time ({string.Join(", ", HedgeAgents.Core.Shocks.ShockCatalog.BuiltIn.Names)}), events marked");

    /// <summary>An actor's insurance stocks over time.</summary>
    public static readonly Kind Insurance = new("insurance", false, [], "an actor's insurance stocks, diversification and N−1 resilience over time, events marked");

    /// <summary>An actor's engagement weights over time.</summary>
    public static readonly Kind Engagement = new("engagement", false, [], "an actor's engagement weight on each counterparty over time (mean over replications, one line each), events marked");

    /// <summary>The dominant archetype over two swept parameters.</summary>
    public static readonly Kind Phase = new("phase", true, ["x", "y"], "phase diagram: the actor's dominant archetype over two swept parameters, shares on hover");

    /// <summary>Archetype shares against one swept parameter.</summary>
    public static readonly Kind SharesBy = new("shares-by", true, ["x"], "the actor's archetype shares against one swept parameter, with 95% confidence bands");

    /// <summary>One summary metric against one swept parameter.</summary>
    public static readonly Kind MetricBy = new("metric-by", true, ["x", "metric"], "one summary metric of the actor (mean_losses, q05_payoff, …) against one swept parameter, with its 95% confidence band");

    /// <summary>Run payoffs by the archetype played most.</summary>
    public static readonly Kind PayoffByArchetype = new("payoff-by-archetype", true, [], "distribution of the actor's run payoffs by the archetype it played most (box plot); " +
        "with 'x', by the values of that swept parameter (a text axis: in the order listed), and with 'metric', of that run metric instead of mean_payoff",
        ["x", "metric"]);

    /// <summary>Mean payoff against 5% quantile per point.</summary>
    public static readonly Kind MeanVsQ05 = new("mean-vs-q05", true, [], "mean payoff against 5% quantile per point, by dominant archetype: the variance-narrowing picture; " +
        "each point is labelled with its text-axis values, if any");

    /// <summary>Every kind, in the order the docs list them.</summary>
    public static readonly Kind[] All = [Shares, Payoff, Losses, Insurance, Engagement, Phase, SharesBy, MetricBy, PayoffByArchetype, MeanVsQ05];

    /// <summary>The names of every kind.</summary>
    public static IEnumerable<string> Names => All.Select(k => k.Name);

    /// <summary>The kind of a name, or null.</summary>
    public static Kind? Find(string name) => All.FirstOrDefault(k => k.Name == name);
}
