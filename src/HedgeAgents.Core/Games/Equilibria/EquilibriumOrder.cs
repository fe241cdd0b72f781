using System.Collections.Immutable;

namespace HedgeAgents.Core.Games.Equilibria;

/// <summary>The one order in which equilibria are reported, so that output does not depend on how they were found:
/// pure ones by profile index, then mixed ones by total support size and then probabilities, lexicographically.</summary>
internal static class EquilibriumOrder
{
    /// <summary>Two equilibria whose probabilities all differ by at most this are the same equilibrium.</summary>
    public const double DuplicateDistance = 1e-9;

    /// <summary>The equilibria without duplicates (the first of each kept), in report order.</summary>
    /// <remarks>Pure equilibria are told apart by profile index, so a game with tens of thousands of them (a game
    /// of ties) costs no quadratic comparison; only mixed ones are compared by distance.</remarks>
    public static ImmutableArray<Equilibrium> Canonical(NormalFormGame game, IEnumerable<Equilibrium> equilibria)
    {
        var pure = new SortedDictionary<int, Equilibrium>();
        var mixed = new List<Equilibrium>();
        foreach (var e in equilibria)
        {
            if (e.PureProfile() is { } profile) pure.TryAdd(game.IndexOf(profile), e);
            else if (!mixed.Any(k => Distance(k, e) <= DuplicateDistance)) mixed.Add(e);
        }
        mixed.RemoveAll(e => pure.Values.Any(p => Distance(p, e) <= DuplicateDistance));
        mixed.Sort(CompareMixed);
        return [.. pure.Values, .. mixed];
    }

    private static int CompareMixed(Equilibrium x, Equilibrium y)
    {
        var bySize = SupportSize(x).CompareTo(SupportSize(y));
        if (bySize != 0) return bySize;
        foreach (var (a, b) in x.Strategies.SelectMany(s => s).Zip(y.Strategies.SelectMany(s => s)))
            if (a != b) return a.CompareTo(b);
        return 0;
    }

    private static int SupportSize(Equilibrium e) => e.Strategies.Sum(s => s.Count(p => p > 0));

    private static double Distance(Equilibrium x, Equilibrium y) =>
        x.Strategies.SelectMany(s => s).Zip(y.Strategies.SelectMany(s => s)).Max(p => Math.Abs(p.First - p.Second));
}
