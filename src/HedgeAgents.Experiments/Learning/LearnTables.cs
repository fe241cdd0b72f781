using System.Text;
using HedgeAgents.Core.Games;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Learning;

/// <summary>The CSV tables of a repeated normal-form game: action frequencies, mean payoffs and, on request, the trace.</summary>
public static class LearnTables
{
    /// <summary>One row per player and action: frequency over all rounds and over the tail, and the final mixed
    /// strategy where the rule knows it (empty otherwise).</summary>
    public static string Frequencies(GamePlayResult result)
    {
        var sb = new StringBuilder();
        Csv.Row(sb, "player", "rule", "action", "frequency", "tail_frequency", "final_probability");
        foreach (var p in result.Players)
        {
            var actions = result.Game.Actions[result.Game.Players.IndexOf(p.Player)];
            for (var a = 0; a < actions.Length; a++)
                Csv.Row(sb, Csv.Text(p.Player), Csv.Text(p.Rule), Csv.Text(actions[a]), Csv.Number(p.Frequency[a]),
                    Csv.Number(p.TailFrequency[a]), p.FinalStrategy is { } f ? Csv.Number(f[a]) : "");
        }
        return sb.ToString();
    }

    /// <summary>One row per player: time-average payoff over all rounds and over the tail.</summary>
    public static string Payoffs(GamePlayResult result)
    {
        var sb = new StringBuilder();
        Csv.Row(sb, "player", "rule", "mean_payoff", "tail_mean_payoff", "rounds", "tail_rounds");
        foreach (var p in result.Players)
            Csv.Row(sb, Csv.Text(p.Player), Csv.Text(p.Rule), Csv.Number(p.MeanPayoff), Csv.Number(p.TailMeanPayoff),
                Csv.Integer(result.Rounds), Csv.Integer(result.TailRounds));
        return sb.ToString();
    }

    /// <summary>An observer writing one row per round: each player's action and payoff.</summary>
    public sealed class Trace : IGameObserver
    {
        private readonly NormalFormGame _game;
        private readonly StringBuilder _sb = new();

        /// <summary>Starts a trace with its header.</summary>
        public Trace(NormalFormGame game)
        {
            _game = game;
            Csv.Row(_sb, ["round", .. game.Players.Select(p => Csv.Text(p)), .. game.Players.Select(p => Csv.Text("payoff:" + p))]);
        }

        /// <inheritdoc />
        public void OnRound(int round, ReadOnlySpan<int> profile, ReadOnlySpan<double> payoffs)
        {
            _sb.Append(Csv.Integer(round));
            for (var i = 0; i < profile.Length; i++) _sb.Append(',').Append(Csv.Text(_game.Actions[i][profile[i]]));
            for (var i = 0; i < payoffs.Length; i++) _sb.Append(',').Append(Csv.Number(payoffs[i]));
            _sb.Append('\n');
        }

        /// <summary>The trace so far.</summary>
        public override string ToString() => _sb.ToString();
    }
}
