using System.Text;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Reporting.Figures;

/// <summary>A parameter path as an axis title a reader can follow: words and the actors' and routes' names, then the
/// path itself in parentheses so that the figure still says exactly what was swept
/// (<c>Kazakhstan: regulatory capacity (actors.KAZ.regulatoryCapacity)</c>).</summary>
internal static class ParameterLabel
{
    /// <summary>The title for <paramref name="path"/> in <paramref name="experiment"/>; the bare path when it is not
    /// one of the shapes below.</summary>
    public static string Of(ExperimentConfig experiment, string path)
    {
        var words = Words(experiment.Initial, path.Split('.'));
        return words is null ? path : $"{words} ({path})";
    }

    private static string? Words(ModelParameters p, string[] s)
    {
        string Actor(string id) => p.Actors.FirstOrDefault(a => a.Id == id)?.Name ?? id;
        string Route(string id) => p.Routes.FirstOrDefault(r => r.Id == id)?.Name ?? id;
        string Rest(int from) => string.Join(' ', s.Skip(from).Select(Split));
        return s switch
        {
            ["actors", var id, "learning", var option] => $"{Actor(id)}: learning {Split(option)}",
            ["actors", var id, ..] when s.Length >= 3 => $"{Actor(id)}: {Rest(2)}",
            ["relations", var from, var to, var key] => $"{Split(key)} {Actor(from)} → {Actor(to)}",
            ["rivalries", var a, var b, _] => $"rivalry {Actor(a)} – {Actor(b)}",
            ["threats", var from, var to, var factor] => $"threat {Actor(from)} → {Actor(to)}: {Split(factor)}",
            ["routes", var id, var key] => $"{Route(id)}: {Split(key)}",
            ["demand", var actor, var partner, _] => $"demand {Actor(actor)} → {Actor(partner)}",
            ["shocks", "scale"] => "hazard scale (× every base hazard)",
            ["shocks", var kind, "by", var id] => $"{kind} hazard multiplier of {Actor(id)}",
            ["shocks", var kind, var key] => $"{kind} {Split(key)}",
            ["coalitions", var id, var key] => $"{id} {Split(key)}",
            ["strategies" or "insurance", ..] when s.Length >= 2 => Rest(1),
            _ => null,
        };
    }

    // regulatoryCapacity → "regulatory capacity": the experiment format's keys are camel case.
    private static string Split(string key)
    {
        var sb = new StringBuilder(key.Length + 4);
        foreach (var c in key)
        {
            if (char.IsUpper(c) && sb.Length > 0) sb.Append(' ').Append(char.ToLowerInvariant(c));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
