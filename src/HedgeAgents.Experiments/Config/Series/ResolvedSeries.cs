using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Config.Series;

/// <summary>A series read and placed on the run's calendar: its value in every round and the SHA-256 of the data file
/// it came from (recorded in the manifest, so a changed file fails <c>hedge reproduce</c>).</summary>
/// <param name="Values">One value per round, after the rules for gaps and <c>scale</c>; NaN in the rounds before the
/// first observation under <c>before: keep</c>, where the experiment's own value stays in force.</param>
public sealed record ResolvedSeries(SeriesSpec Spec, string Sha256, ValueArray<double> Values)
{
    /// <summary>The rounds after the first at which the data set a value different from the round before.</summary>
    public IEnumerable<int> Changes => Enumerable.Range(1, Math.Max(0, Values.Length - 1))
        .Where(t => !double.IsNaN(Values[t]) && (double.IsNaN(Values[t - 1]) || Values[t] != Values[t - 1]));

    /// <summary>Whether the data set the value of round 0 (false under <c>before: keep</c> when they start later).</summary>
    public bool SetsStart => !double.IsNaN(Values[0]);
}
