using System.Collections.Immutable;
using System.Text;
using HedgeAgents.Core.Indicators;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Experiments.Output;

/// <summary>The summary metric columns of one experiment: the metrics every experiment has
/// (<see cref="SummaryTable.MetricColumns"/>, first and in their order), then <c>weight_&lt;ID&gt;</c>, the mean
/// engagement weight after burn-in, for every actor that can be a counterparty (great powers and partners, in the
/// experiment's actor order).</summary>
/// <remarks>Every actor that can be a counterparty gets a column, even for an actor without a relation to it (the
/// column is then 0), so every row of a table has the same columns whichever actor it describes.</remarks>
public sealed class SummaryMetrics
{
    /// <summary>The prefix of a weight column.</summary>
    public const string WeightPrefix = "weight_";

    private readonly ImmutableArray<int> _weightActors;

    private SummaryMetrics(ImmutableArray<string> counterparties, ImmutableArray<int> weightActors)
    {
        Counterparties = counterparties;
        _weightActors = weightActors;
        Columns = [.. SummaryTable.MetricColumns, .. counterparties.Select(WeightColumn)];
    }

    /// <summary>The ids of the actors with a weight column, in column order.</summary>
    public ImmutableArray<string> Counterparties { get; }

    /// <summary>Every metric column, in order.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>The metrics of an experiment whose actors are <paramref name="parameters"/>' (kinds do not change
    /// during a run or across a sweep, so the columns are the experiment's).</summary>
    public static SummaryMetrics Of(ModelParameters parameters) =>
        Of([.. parameters.Actors.Select(a => a.Id)], [.. parameters.Actors.Select(a => a.Kind != ActorKind.Middle)]);

    /// <summary>The metrics for actors <paramref name="actorIds"/> (the model's order), with a weight column for each
    /// actor that <paramref name="canBeCounterparty"/> marks.</summary>
    public static SummaryMetrics Of(IReadOnlyList<string> actorIds, IReadOnlyList<bool> canBeCounterparty)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(canBeCounterparty.Count, actorIds.Count, nameof(canBeCounterparty));
        var ids = ImmutableArray.CreateBuilder<string>();
        var indices = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < actorIds.Count; i++)
        {
            if (!canBeCounterparty[i]) continue;
            ids.Add(actorIds[i]);
            indices.Add(i);
        }
        return new SummaryMetrics(ids.ToImmutable(), indices.ToImmutable());
    }

    /// <summary>Only the fixed metrics, no weight column (an experiment whose actors are all middle powers has these).</summary>
    public static SummaryMetrics Fixed { get; } = new([], []);

    /// <summary>The column of the mean weight on <paramref name="counterparty"/>.</summary>
    public static string WeightColumn(string counterparty) => WeightPrefix + counterparty;

    /// <summary>Whether <paramref name="column"/> names a weight column (<c>weight_</c> and an id).</summary>
    public static bool IsWeightColumn(string column) =>
        column.StartsWith(WeightPrefix, StringComparison.Ordinal) && column.Length > WeightPrefix.Length;

    /// <summary>Appends one summary's metric fields, comma-separated, without a line end.</summary>
    public void Append(StringBuilder sb, RunSummary s)
    {
        SummaryTable.AppendMetrics(sb, s);
        foreach (var i in _weightActors) sb.Append(',').Append(Csv.Number(s.MeanWeights[i]));
    }
}
