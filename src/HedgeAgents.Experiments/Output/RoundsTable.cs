using System.Text;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Insurance;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Experiments.Output;

/// <summary>rounds.csv: one row per replication × round × actor, written by an observer of the run.</summary>
public sealed class RoundsTable : IRoundObserver
{
    /// <summary>The columns, in order.</summary>
    public static readonly string[] Columns =
    [
        "replication", "round", "period", "actor", "action", "archetype", "target", "payoff", "returns",
        "loss_sanctions", "loss_disruption", "loss_coercion", "loss_abandonment", "insurance_cost", "reputation_cost",
        "side_payment", "institutionalization", "procedural", "redundancy", "diversification", "resilience", "shocks",
    ];

    private readonly StringBuilder _sb;
    private readonly int _replication;
    private readonly Func<int, string> _period;
    private readonly StringBuilder _shocks = new();

    /// <summary>Writes rows of one replication into <paramref name="sb"/>; <paramref name="period"/> labels a round.</summary>
    public RoundsTable(StringBuilder sb, int replication, Func<int, string> period)
    {
        _sb = sb;
        _replication = replication;
        _period = period;
    }

    /// <summary>The header line.</summary>
    public static string Header => string.Join(',', Columns) + "\n";

    /// <inheritdoc />
    public void OnRound(RoundView view)
    {
        var m = view.Model;
        var period = Csv.Text(_period(view.Round));
        for (var i = 0; i < view.ActorCount; i++)
        {
            var parts = view.Parts(i);
            var chooses = view.Chooses(i);
            var action = view.Action(i);
            _shocks.Clear();
            foreach (var s in view.Shocks.Items)
            {
                if (s.Actor != i) continue;
                if (_shocks.Length > 0) _shocks.Append(';');
                _shocks.Append(s.Kind.Name()).Append(':');
                _shocks.Append(s.Route >= 0 ? m.Routes.Ids[s.Route] : s.Source >= 0 ? m.Ids[s.Source] : "");
            }
            Csv.Row(_sb,
                Csv.Integer(_replication),
                Csv.Integer(view.Round),
                period,
                Csv.Text(m.Ids[i]),
                Csv.Text(view.ActionLabel(i)),
                chooses ? action.Archetype.ToString().ToLowerInvariant() : "reciprocity",
                action.Target >= 0 ? Csv.Text(m.Ids[action.Target]) : "",
                Csv.Number(parts.Payoff),
                Csv.Number(parts.Returns),
                Csv.Number(parts.LossSanctions),
                Csv.Number(parts.LossDisruption),
                Csv.Number(parts.LossCoercion),
                Csv.Number(parts.LossAbandonment),
                Csv.Number(parts.InsuranceCost),
                Csv.Number(parts.ReputationCost),
                Csv.Number(parts.SidePayment),
                Csv.Number(view.Stock(i, InsuranceStock.Institutionalization)),
                Csv.Number(view.Stock(i, InsuranceStock.Procedural)),
                Csv.Number(view.Stock(i, InsuranceStock.Redundancy)),
                Csv.Number(view.Diversification(i)),
                Csv.Number(view.Resilience(i)),
                Csv.Text(_shocks.ToString()));
        }
    }
}
