using System.Text;
using HedgeAgents.Core.Indicators;

namespace HedgeAgents.Experiments.Output;

/// <summary>summary.csv: one row per replication × choosing actor, over the rounds after burn-in.</summary>
public static class SummaryTable
{
    /// <summary>The summary metrics every experiment has, in column order (shared with a sweep's runs.csv); an
    /// experiment's weight columns follow them (<see cref="SummaryMetrics"/>).</summary>
    public static readonly string[] MetricColumns =
    [
        "share_balancing", "share_bandwagoning", "share_equidistance", "share_hedging",
        "mean_payoff", "sd_payoff", "q05_payoff", "cvar05_payoff", "mean_losses", "switches", "first_hedge_round",
    ];

    /// <summary>The columns of an experiment with these metrics, in order.</summary>
    public static string[] Columns(SummaryMetrics metrics) => ["replication", "actor", .. metrics.Columns];

    /// <summary>The header line.</summary>
    public static string Header(SummaryMetrics metrics) => string.Join(',', Columns(metrics).Select(Csv.Text)) + "\n";

    /// <summary>Appends the rows of one replication.</summary>
    public static void Append(StringBuilder sb, int replication, IEnumerable<RunSummary> summaries, SummaryMetrics metrics)
    {
        foreach (var s in summaries)
        {
            sb.Append(Csv.Integer(replication)).Append(',').Append(Csv.Text(s.Actor)).Append(',');
            metrics.Append(sb, s);
            sb.Append('\n');
        }
    }

    /// <summary>Appends one summary's fixed metric fields (<see cref="MetricColumns"/>), comma-separated, without a line end.</summary>
    public static void AppendMetrics(StringBuilder sb, RunSummary s)
    {
        sb.Append(Csv.Number(s.ShareBalancing)).Append(',')
            .Append(Csv.Number(s.ShareBandwagoning)).Append(',')
            .Append(Csv.Number(s.ShareEquidistance)).Append(',')
            .Append(Csv.Number(s.ShareHedging)).Append(',')
            .Append(Csv.Number(s.MeanPayoff)).Append(',')
            .Append(Csv.Number(s.SdPayoff)).Append(',')
            .Append(Csv.Number(s.Q05Payoff)).Append(',')
            .Append(Csv.Number(s.Cvar05Payoff)).Append(',')
            .Append(Csv.Number(s.MeanLosses)).Append(',')
            .Append(Csv.Integer(s.Switches)).Append(',')
            .Append(s.FirstHedgeRound is { } r ? Csv.Integer(r) : "");
    }
}
