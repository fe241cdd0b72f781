namespace HedgeAgents.Experiments.Config;

/// <summary>"Did you mean …?" for misspelt keys, rule names and ids, by edit distance; shared by the loaders and the CLI.</summary>
public static class KeySuggestions
{
    /// <summary>The nearest candidate, if it is close enough to be a plausible typo.</summary>
    /// <remarks>Case is ignored when measuring, because <c>riskaversion</c> is a typo of <c>riskAversion</c>; a
    /// candidate further than a third of its length (at least 2 edits) is no suggestion but noise.</remarks>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = Distance(typed.ToLowerInvariant(), c.ToLowerInvariant());
            if (d < bestDistance)
            {
                best = c;
                bestDistance = d;
            }
        }
        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? best : null;
    }

    /// <summary>"unknown {what} 'x'; did you mean 'y'?" or, with no near candidate, the list of valid ones.</summary>
    public static string Unknown(string what, string typed, IReadOnlyCollection<string> candidates) =>
        $"unknown {what} '{typed}'" + Hint(typed, candidates);

    /// <summary>"; did you mean 'y'?", or "; valid: a, b" when nothing is near, or nothing when there are no candidates.</summary>
    public static string Hint(string typed, IReadOnlyCollection<string> candidates)
    {
        var near = Nearest(typed, candidates);
        if (near is not null) return $"; did you mean '{near}'?";
        return candidates.Count == 0 ? "" : $"; valid: {string.Join(", ", candidates)}";
    }

    /// <summary>Optimal string alignment distance: Levenshtein plus adjacent transpositions (the commonest typo).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
