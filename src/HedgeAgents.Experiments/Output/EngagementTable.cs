using System.Text;
using HedgeAgents.Core.Engine;

namespace HedgeAgents.Experiments.Output;

/// <summary>engagement.csv: one row per replication × round × choosing actor × counterparty with the actor's
/// engagement weight on it that round, written by an observer of the run (rounds.csv shows only their spread,
/// diversification = 1 − HHI).</summary>
/// <remarks>Counterparties are those the model gives the actor: every other great power and partner it has a
/// relation with, in actor order. Partners reciprocate and choose nothing, so they have no rows.</remarks>
public sealed class EngagementTable : IRoundObserver
{
    /// <summary>The columns, in order.</summary>
    public static readonly string[] Columns = ["replication", "round", "period", "actor", "counterparty", "weight"];

    private readonly StringBuilder _sb;
    private readonly int _replication;
    private readonly Func<int, string> _period;

    /// <summary>Writes rows of one replication into <paramref name="sb"/>; <paramref name="period"/> labels a round.</summary>
    public EngagementTable(StringBuilder sb, int replication, Func<int, string> period)
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
        var round = Csv.Integer(view.Round);
        var period = Csv.Text(_period(view.Round));
        var replication = Csv.Integer(_replication);
        for (var i = 0; i < view.ActorCount; i++)
        {
            if (!view.Chooses(i)) continue;
            var actor = Csv.Text(m.Ids[i]);
            var weights = view.Weights(i);
            var counterparties = m.Counterparties[i];
            for (var k = 0; k < counterparties.Length; k++)
                Csv.Row(_sb, replication, round, period, actor, Csv.Text(m.Ids[counterparties[k]]), Csv.Number(weights[k]));
        }
    }
}
