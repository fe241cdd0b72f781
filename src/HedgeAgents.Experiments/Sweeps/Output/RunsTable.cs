using System.Text;
using HedgeAgents.Core.Indicators;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Sweeps.Output;

/// <summary>runs.csv of a sweep: one row per point × replication × choosing actor, with the point's parameter
/// values and the run's summary metrics.</summary>
public static class RunsTable
{
    /// <summary>The columns for the given swept paths and the experiment's metrics, in order.</summary>
    public static string[] Columns(IEnumerable<string> paths, SummaryMetrics metrics) =>
        ["point", "replication", "seed", .. paths, "actor", .. metrics.Columns];

    /// <summary>The header line.</summary>
    public static string Header(IEnumerable<string> paths, SummaryMetrics metrics) =>
        string.Join(',', Columns(paths, metrics).Select(Csv.Text)) + "\n";

    /// <summary>Appends the rows of one run.</summary>
    public static void Append(StringBuilder sb, long point, int replication, ulong seed, ReadOnlySpan<double> values,
        IEnumerable<RunSummary> summaries, SummaryMetrics metrics)
    {
        var fields = new StringBuilder();
        foreach (var v in values) fields.Append(Csv.Number(v)).Append(',');
        Append(sb, point, replication, seed, fields.ToString(), summaries, metrics);
    }

    /// <summary>Appends the rows of one run whose parameter fields are already formatted, each followed by a comma
    /// (<see cref="SweepPlan.FieldsAt"/>: numbers, or the labels of text axes).</summary>
    public static void Append(StringBuilder sb, long point, int replication, ulong seed, string parameterFields,
        IEnumerable<RunSummary> summaries, SummaryMetrics metrics)
    {
        foreach (var s in summaries)
        {
            sb.Append(Csv.Integer(point)).Append(',').Append(Csv.Integer(replication)).Append(',')
                .Append(seed.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',');
            sb.Append(parameterFields);
            sb.Append(Csv.Text(s.Actor)).Append(',');
            metrics.Append(sb, s);
            sb.Append('\n');
        }
    }
}
