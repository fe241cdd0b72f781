using System.Text;
using HedgeAgents.Core.Indicators;

namespace HedgeAgents.Experiments.Output;

/// <summary>summary.csv: one row per replication × choosing actor, over the rounds after burn-in.</summary>
public static class SummaryTable
{
    /// <summary>The summary metrics of one actor's run, in column order (shared with a sweep's runs.csv).</summary>
    public static readonly string[] MetricColumns =
    [
        "share_balancing", "share_bandwagoning", "share_equidistance", "share_hedging",
        "mean_payoff", "sd_payoff", "q05_payoff", "cvar05_payoff", "mean_losses", "switches", "first_hedge_round",
    ];

    /// <summary>The columns, in order.</summary>
    public static readonly string[] Columns = ["replication", "actor", .. MetricColumns];

    /// <summary>The header line.</summary>
    public static string Header => string.Join(',', Columns) + "\n";

    /// <summary>Appends the rows of one replication.</summary>
    public static void Append(StringBuilder sb, int replication, IEnumerable<RunSummary> summaries)
    {
        foreach (var s in summaries)
        {
            sb.Append(Csv.Integer(replication)).Append(',').Append(Csv.Text(s.Actor)).Append(',');
            AppendMetrics(sb, s);
            sb.Append('\n');
        }
    }

    /// <summary>Appends one summary's metric fields, comma-separated, without a line end.</summary>
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
