using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using HedgeAgents.Core.Games;
using HedgeAgents.Core.Games.Equilibria;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Cli.Commands.Equilibria;

/// <summary>Equilibria as data: CSV with one equilibrium per line (a probability per player and action, then the
/// expected payoffs), or JSON with the same content keyed by player and action names.</summary>
internal static class EquilibriumOutput
{
    /// <summary>What the learners of a model run played in the stage game's round, and whether it is an equilibrium.</summary>
    /// <param name="Deviations">Each player's best unilateral deviation from the played profile (gain 0: a best response).</param>
    public sealed record Played(ImmutableArray<int> Profile, string Round, int Replication, bool IsEquilibrium, ImmutableArray<Deviation> Deviations);

    /// <summary>Header <c>equilibrium,type,PLAYER:ACTION…,payoff:PLAYER…</c>; rows in the report's order.</summary>
    public static string Csv(EquilibriumReport report)
    {
        var g = report.Game;
        var sb = new StringBuilder();
        var header = new List<string> { "equilibrium", "type" };
        for (var i = 0; i < g.PlayerCount; i++)
            foreach (var a in g.Actions[i]) header.Add(Experiments.Output.Csv.Text(g.Players[i] + ":" + a));
        foreach (var p in g.Players) header.Add(Experiments.Output.Csv.Text("payoff:" + p));
        Experiments.Output.Csv.Row(sb, [.. header]);
        for (var e = 0; e < report.Equilibria.Length; e++)
        {
            var eq = report.Equilibria[e];
            var row = new List<string> { Experiments.Output.Csv.Integer(e + 1), eq.IsPure ? "pure" : "mixed" };
            foreach (var s in eq.Strategies) row.AddRange(s.Select(Experiments.Output.Csv.Number));
            row.AddRange(eq.Payoffs.Select(Experiments.Output.Csv.Number));
            Experiments.Output.Csv.Row(sb, [.. row]);
        }
        return sb.ToString();
    }

    /// <summary>The report as indented JSON; <paramref name="played"/> is added for a model's stage game.</summary>
    public static string Json(EquilibriumReport report, Played? played = null)
    {
        var g = report.Game;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
               {
                   Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            json.WriteStartObject();
            json.WriteString("game", g.Name);
            json.WriteStartArray("players");
            for (var i = 0; i < g.PlayerCount; i++)
            {
                json.WriteStartObject();
                json.WriteString("name", g.Players[i]);
                json.WriteStartArray("actions");
                foreach (var a in g.Actions[i]) json.WriteStringValue(a);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("profiles", g.ProfileCount);
            json.WriteBoolean("mixedSearched", report.MixedSearched);
            json.WriteBoolean("degenerate", report.Degenerate);
            json.WriteStartArray("warnings");
            foreach (var w in report.Warnings) json.WriteStringValue(w);
            json.WriteEndArray();
            json.WriteStartArray("equilibria");
            foreach (var eq in report.Equilibria)
            {
                json.WriteStartObject();
                json.WriteString("type", eq.IsPure ? "pure" : "mixed");
                json.WriteStartObject("strategies");
                for (var i = 0; i < g.PlayerCount; i++)
                {
                    json.WriteStartObject(g.Players[i]);
                    for (var a = 0; a < g.ActionCount(i); a++) json.WriteNumber(g.Actions[i][a], Round(eq.Strategies[i][a]));
                    json.WriteEndObject();
                }
                json.WriteEndObject();
                json.WriteStartObject("payoffs");
                for (var i = 0; i < g.PlayerCount; i++) json.WriteNumber(g.Players[i], Round(eq.Payoffs[i]));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (played is not null)
            {
                json.WriteStartObject("played");
                json.WriteString("round", played.Round);
                json.WriteNumber("replication", played.Replication);
                json.WriteStartObject("profile");
                for (var i = 0; i < g.PlayerCount; i++) json.WriteString(g.Players[i], g.Actions[i][played.Profile[i]]);
                json.WriteEndObject();
                json.WriteBoolean("isEquilibrium", played.IsEquilibrium);
                json.WriteStartObject("bestResponses");
                foreach (var d in played.Deviations)
                {
                    json.WriteStartObject(g.Players[d.Player]);
                    json.WriteString("action", g.Actions[d.Player][d.Action]);
                    json.WriteNumber("gain", Round(d.Gain));
                    json.WriteEndObject();
                }
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A pure profile in words: <c>KAZ=hedging, RUS=balancing</c>.</summary>
    public static string Describe(NormalFormGame game, IReadOnlyList<int> profile) =>
        string.Join(", ", Enumerable.Range(0, game.PlayerCount).Select(i => $"{game.Players[i]}={game.Actions[i][profile[i]]}"));

    // The same 10 significant digits as the CSV tables, so the two forms agree and the bytes do not depend on the CPU.
    private static double Round(double x) => double.Parse(Experiments.Output.Csv.Number(x) is { Length: > 0 } t ? t : "NaN",
        System.Globalization.CultureInfo.InvariantCulture);
}
