using System.Globalization;

namespace HedgeAgents.Core.Games.Equilibria;

/// <summary>Strategies and action sets in words, for equilibrium descriptions and degeneracy warnings.</summary>
internal static class StrategyText
{
    /// <summary>"'U'" for a pure strategy, otherwise "0.5 'U' + 0.5 'D'" over the support.</summary>
    public static string Strategy(IReadOnlyList<string> labels, IReadOnlyList<double> probabilities)
    {
        var support = Enumerable.Range(0, probabilities.Count).Where(a => probabilities[a] > 0).ToList();
        if (support.Count == 1 && probabilities[support[0]] == 1.0) return $"'{labels[support[0]]}'";
        return string.Join(" + ", support.Select(a => $"{Probability(probabilities[a])} '{labels[a]}'"));
    }

    /// <summary>"'L', 'R'".</summary>
    public static string Actions(IReadOnlyList<string> labels, IEnumerable<int> actions) =>
        string.Join(", ", actions.Select(a => $"'{labels[a]}'"));

    /// <summary>"column has 2 best responses ('L', 'R') to row playing 'U'" (the context is omitted when empty).</summary>
    public static string Ties(string responder, IReadOnlyList<string> labels, IEnumerable<int> bestResponses, string context)
    {
        var list = bestResponses.ToList();
        var to = context.Length == 0 ? "" : $" to {context}";
        return $"{responder} has {list.Count} best responses ({Actions(labels, list)}){to}";
    }

    private static string Probability(double p) => p.ToString("0.####", CultureInfo.InvariantCulture);
}
