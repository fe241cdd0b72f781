using System.Collections.Immutable;
using System.Globalization;

namespace HedgeAgents.Core.Games.Equilibria;

/// <summary>The Nash equilibria of a normal-form game, found by the strongest method that applies: support
/// enumeration for two players, enumeration of pure profiles otherwise.</summary>
public static class EquilibriumFinder
{
    /// <summary>Two-player games with more equal-size support pairs than this get pure enumeration only, so that a large
    /// game cannot stall a run (10⁶ pairs, an 11×11 game, take one to two seconds).</summary>
    public const double MaxSupportPairs = 1_000_000;

    /// <summary>How many degeneracy witnesses a report spells out.</summary>
    public const int WitnessesShown = 3;

    /// <summary>Every equilibrium the game's size allows us to find, with warnings on what may be missing.</summary>
    /// <param name="tolerance">A deviation gains when it beats the current payoff by more than tolerance × max(1, |payoffs
    /// compared|); in support enumeration a probability must also exceed it to count as positive.</param>
    public static EquilibriumReport Find(NormalFormGame game, double tolerance = 1e-9)
    {
        PayoffTolerance.Validate(tolerance);
        var pure = PureEquilibria.Find(game, tolerance).Select(i => Equilibrium.Pure(game, i));
        var warnings = new List<string>();

        if (game.PlayerCount == 2 && Tractable(game, warnings))
        {
            var found = SupportEnumeration.Find(game, tolerance);
            if (found.Degenerate)
            {
                AddWitnesses(warnings, found.DegeneracyWitnesses, found.DegeneracyWitnesses.Length);
                warnings.Add("the game is degenerate: support enumeration over supports of equal size can miss equilibria and "
                    + "there can be a continuum of them; the list holds every extreme equilibrium (pairs of best-response "
                    + "polytope vertices), not the equilibria between them");
            }
            return new EquilibriumReport(game, EquilibriumOrder.Canonical(game, pure.Concat(found.Equilibria)), true, found.Degenerate, [.. warnings]);
        }

        var equilibria = EquilibriumOrder.Canonical(game, pure);
        var witnesses = new List<string>();
        var ties = PureEquilibria.BestResponseTies(game, tolerance, WitnessesShown, witnesses);
        AddWitnesses(warnings, witnesses, ties);
        if (game.PlayerCount == 1)
        {
            if (equilibria.Length > 1) warnings.Add("several actions are optimal: every mixture of them is optimal too");
        }
        else
        {
            if (game.PlayerCount > 2)
                warnings.Add("mixed equilibria of games with more than two players are not enumerated: only pure equilibria are listed");
            if (ties > 0)
                warnings.Add("ties in pure best responses: equilibria may be weak, and mixed ones may form continua");
            if (equilibria.IsEmpty)
                warnings.Add("no pure equilibrium: every equilibrium of this game is mixed (one exists, by Nash's theorem)");
        }
        return new EquilibriumReport(game, equilibria, false, ties > 0, [.. warnings]);
    }

    private static bool Tractable(NormalFormGame game, List<string> warnings)
    {
        int m = game.ActionCount(0), n = game.ActionCount(1);
        if (m > SupportEnumeration.MaxActions || n > SupportEnumeration.MaxActions)
        {
            warnings.Add($"mixed equilibria not searched: the game is {m}×{n} and support enumeration handles at most {SupportEnumeration.MaxActions} actions per player; only pure equilibria are listed");
            return false;
        }
        var pairs = SupportEnumeration.SupportPairCount(game);
        if (pairs > MaxSupportPairs)
        {
            warnings.Add($"mixed equilibria not searched: the {m}×{n} game has {pairs.ToString("G3", CultureInfo.InvariantCulture)} support pairs (limit {MaxSupportPairs.ToString("G3", CultureInfo.InvariantCulture)}); only pure equilibria are listed");
            return false;
        }
        return true;
    }

    private static void AddWitnesses(List<string> warnings, IReadOnlyList<string> witnesses, int total)
    {
        foreach (var w in witnesses.Take(WitnessesShown)) warnings.Add($"degenerate: {w}");
        if (total > WitnessesShown) warnings.Add($"degenerate: {total - WitnessesShown} more such ties");
    }
}
