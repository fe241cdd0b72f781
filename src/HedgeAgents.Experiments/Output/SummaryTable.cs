using System.Text;
using HedgeAgents.Core.Indicators;

namespace HedgeAgents.Experiments.Output;

/// <summary>summary.csv: one row per replication × choosing actor, over the rounds after burn-in.</summary>
public static class SummaryTable
{
    /// <summary>The columns, in order.</summary>
    public static readonly string[] Columns =
    [
        "replication", "actor", "share_balancing", "share_bandwagoning", "share_equidistance", "share_hedging",
        "mean_payoff", "sd_payoff", "q05_payoff", "cvar05_payoff", "mean_losses", "switches", "first_hedge_round",
    ];

    /// <summary>The header line.</summary>
    public static string Header => string.Join(',', Columns) + "\n";

    /// <summary>Appends the rows of one replication.</summary>
    public static void Append(StringBuilder sb, int replication, IEnumerable<RunSummary> summaries)
    {
        foreach (var s in summaries)
        {
            Csv.Row(sb,
                Csv.Integer(replication),
                Csv.Text(s.Actor),
                Csv.Number(s.ShareBalancing),
                Csv.Number(s.ShareBandwagoning),
                Csv.Number(s.ShareEquidistance),
                Csv.Number(s.ShareHedging),
                Csv.Number(s.MeanPayoff),
                Csv.Number(s.SdPayoff),
                Csv.Number(s.Q05Payoff),
                Csv.Number(s.Cvar05Payoff),
                Csv.Number(s.MeanLosses),
                Csv.Integer(s.Switches),
                s.FirstHedgeRound is { } r ? Csv.Integer(r) : "");
        }
    }
}
