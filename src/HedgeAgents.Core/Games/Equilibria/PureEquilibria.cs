using System.Collections.Immutable;

namespace HedgeAgents.Core.Games.Equilibria;

/// <summary>Pure Nash equilibria of an n-player game by enumeration of its profiles, and the deviations that
/// show a profile is not one.</summary>
/// <remarks>A deviation from payoff u to u′ counts as a gain when u′ − u &gt; tolerance × max(1, |u|, |u′|): the
/// tolerance is relative to the payoffs compared, so it absorbs rounding in payoffs of any magnitude.</remarks>
public static class PureEquilibria
{
    /// <summary>The profile indices (ascending) at which no player gains more than the tolerance by deviating alone.</summary>
    public static ImmutableArray<int> Find(NormalFormGame game, double tolerance = 1e-9)
    {
        PayoffTolerance.Validate(tolerance);
        var found = ImmutableArray.CreateBuilder<int>();
        for (var index = 0; index < game.ProfileCount; index++)
            if (IsStable(game, index, tolerance)) found.Add(index);
        return found.ToImmutable();
    }

    /// <summary>Whether no player gains more than the tolerance by deviating alone from a profile.</summary>
    public static bool IsEquilibrium(NormalFormGame game, int profileIndex, double tolerance = 1e-9)
    {
        PayoffTolerance.Validate(tolerance);
        CheckIndex(game, profileIndex);
        return IsStable(game, profileIndex, tolerance);
    }

    /// <summary>Each player's best unilateral deviation from a profile: the best action (the current one, with gain 0,
    /// when nothing beats it; otherwise the lowest-numbered best) and the raw gain, without tolerance.</summary>
    public static ImmutableArray<Deviation> BestDeviations(NormalFormGame game, int profileIndex)
    {
        CheckIndex(game, profileIndex);
        var result = new Deviation[game.PlayerCount];
        for (var i = 0; i < game.PlayerCount; i++)
        {
            var current = game.Payoff(i, profileIndex);
            var best = new Deviation(i, CurrentAction(game, profileIndex, i), 0.0);
            for (var a = 0; a < game.ActionCount(i); a++)
            {
                var gain = game.Payoff(i, game.WithAction(profileIndex, i, a)) - current;
                if (gain > best.Gain) best = new Deviation(i, a, gain);
            }
            result[i] = best;
        }
        return [.. result];
    }

    /// <summary>The largest gain any player has from deviating alone, if it exceeds the tolerance (ties go to the
    /// lowest-numbered player); null when the profile is an equilibrium.</summary>
    public static Deviation? BestDeviation(NormalFormGame game, int profileIndex, double tolerance = 1e-9)
    {
        PayoffTolerance.Validate(tolerance);
        Deviation? best = null;
        foreach (var d in BestDeviations(game, profileIndex))
        {
            var current = game.Payoff(d.Player, profileIndex);
            if (PayoffTolerance.Gains(current, current + d.Gain, tolerance) && (best is null || d.Gain > best.Value.Gain))
                best = d;
        }
        return best;
    }

    /// <summary>Witnesses of ties in pure best responses: for each player and each pure profile of the others at which
    /// the player has several best responses, one sentence (at most <paramref name="limit"/>); the total count is returned.</summary>
    internal static int BestResponseTies(NormalFormGame game, double tolerance, int limit, List<string> witnesses)
    {
        var n = game.PlayerCount;
        Span<int> profile = n <= 32 ? stackalloc int[n] : new int[n];
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            var actions = game.ActionCount(i);
            if (actions < 2) continue;
            for (var index = 0; index < game.ProfileCount; index++)
            {
                // Each line of the others' profile is visited once, from the profile where player i plays action 0.
                if (game.WithAction(index, i, 0) != index) continue;
                var max = double.NegativeInfinity;
                for (var a = 0; a < actions; a++) max = Math.Max(max, game.Payoff(i, game.WithAction(index, i, a)));
                var ties = 0;
                for (var a = 0; a < actions; a++)
                    if (!PayoffTolerance.Gains(game.Payoff(i, game.WithAction(index, i, a)), max, tolerance)) ties++;
                if (ties < 2) continue;
                if (count++ >= limit) continue;
                game.Decode(index, profile);
                var best = Enumerable.Range(0, actions)
                    .Where(a => !PayoffTolerance.Gains(game.Payoff(i, game.WithAction(index, i, a)), max, tolerance)).ToList();
                var others = new List<string>();
                for (var j = 0; j < n; j++)
                    if (j != i) others.Add($"{game.Players[j]} playing '{game.Actions[j][profile[j]]}'");
                witnesses.Add(StrategyText.Ties(game.Players[i], game.Actions[i], best, string.Join(", ", others)));
            }
        }
        return count;
    }

    private static bool IsStable(NormalFormGame game, int index, double tolerance)
    {
        for (var i = 0; i < game.PlayerCount; i++)
        {
            var current = game.Payoff(i, index);
            for (var a = 0; a < game.ActionCount(i); a++)
                if (PayoffTolerance.Gains(current, game.Payoff(i, game.WithAction(index, i, a)), tolerance)) return false;
        }
        return true;
    }

    private static int CurrentAction(NormalFormGame game, int profileIndex, int player)
    {
        // WithAction moves by a multiple of the player's stride, so the offset from action 0 recovers the action.
        var stride = game.WithAction(0, player, 1);
        return (profileIndex - game.WithAction(profileIndex, player, 0)) / stride;
    }

    private static void CheckIndex(NormalFormGame game, int profileIndex)
    {
        if ((uint)profileIndex >= (uint)game.ProfileCount)
            throw new ArgumentOutOfRangeException(nameof(profileIndex), profileIndex, $"the game has {game.ProfileCount} profiles");
    }
}
