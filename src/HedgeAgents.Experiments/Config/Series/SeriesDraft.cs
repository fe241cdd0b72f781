using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Config.Series;

/// <summary>A <c>series:</c> entry as read: its settings and where each key was written, for located errors.</summary>
/// <param name="Where">The entry's place in the list (<c>series[2]</c>), the prefix of its error keys.</param>
/// <param name="Item">Where the entry starts.</param>
/// <param name="Keys">Where each key's value was written.</param>
internal sealed record SeriesDraft(string Where, SeriesSpec Spec, SourceLocation Item, ValueMap<string, SourceLocation> Keys)
{
    /// <summary>The place of a key's value, else of the entry.</summary>
    public SourceLocation At(string key) => Keys.GetValueOrDefault(key, Item);
}
