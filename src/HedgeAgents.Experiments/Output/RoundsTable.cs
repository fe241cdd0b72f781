using System.Text;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Insurance;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Experiments.Output;

/// <summary>rounds.csv: one row per replication × round × actor, written by an observer of the run.</summary>
public sealed class RoundsTable : IRoundObserver
{
    /// <summary>The columns with the built-in shock kinds, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ColumnsFor(ShockCatalog.BuiltIn);

    /// <summary>The columns, in order: one <c>loss_&lt;kind&gt;</c> per kind of <paramref name="catalog"/>, in slot order.</summary>
    public static string[] ColumnsFor(ShockCatalog catalog) =>
    [
        "replication", "round", "period", "actor", "action", "archetype", "target", "payoff", "returns",
        .. LossColumns(catalog), "insurance_cost", "reputation_cost",
        "side_payment", "institutionalization", "procedural", "redundancy", "diversification", "resilience", "shocks",
    ];

    /// <summary>The loss columns of <paramref name="catalog"/>'s kinds, in slot order.</summary>
    public static IEnumerable<string> LossColumns(ShockCatalog catalog) => catalog.Kinds.Select(k => "loss_" + k.Name);

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

    /// <summary>The header line for <paramref name="catalog"/>'s kinds.</summary>
    public static string HeaderFor(ShockCatalog catalog) => string.Join(',', ColumnsFor(catalog)) + "\n";

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
                _shocks.Append(s.Kind.Name).Append(':');
                _shocks.Append(s.Route >= 0 ? m.Routes.Ids[s.Route] : s.Source >= 0 ? m.Ids[s.Source] : "");
            }
            var losses = new string[m.ShockKinds.Length];
            for (var slot = 0; slot < losses.Length; slot++) losses[slot] = Csv.Number(parts.Loss(slot));
            Csv.Row(_sb,
            [
                Csv.Integer(_replication),
                Csv.Integer(view.Round),
                period,
                Csv.Text(m.Ids[i]),
                Csv.Text(view.ActionLabel(i)),
                chooses ? action.Archetype.ToString().ToLowerInvariant() : "reciprocity",
                action.Target >= 0 ? Csv.Text(m.Ids[action.Target]) : "",
                Csv.Number(parts.Payoff),
                Csv.Number(parts.Returns),
                .. losses,
                Csv.Number(parts.InsuranceCost),
                Csv.Number(parts.ReputationCost),
                Csv.Number(parts.SidePayment),
                Csv.Number(view.Stock(i, InsuranceStock.Institutionalization)),
                Csv.Number(view.Stock(i, InsuranceStock.Procedural)),
                Csv.Number(view.Stock(i, InsuranceStock.Redundancy)),
                Csv.Number(view.Diversification(i)),
                Csv.Number(view.Resilience(i)),
                Csv.Text(_shocks.ToString()),
            ]);
        }
    }
}
