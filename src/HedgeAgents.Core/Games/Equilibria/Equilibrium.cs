using System.Collections.Immutable;
using System.Globalization;
using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Games.Equilibria;

/// <summary>A Nash equilibrium: one mixed strategy per player (probabilities per action) and each player's
/// expected payoff under it. Equality compares every probability and payoff exactly.</summary>
public sealed record Equilibrium(ValueArray<ValueArray<double>> Strategies, ValueArray<double> Payoffs)
{
    /// <summary>Whether every player plays one action with probability 1.</summary>
    public bool IsPure => Strategies.All(s => s.Contains(1.0));

    /// <summary>The action of each player if the equilibrium is pure, otherwise null.</summary>
    public int[]? PureProfile() => IsPure ? [.. Strategies.Select(s => s.IndexOf(1.0))] : null;

    /// <summary>The actions a player plays with positive probability, ascending.</summary>
    public ImmutableArray<int> Support(int player) =>
        [.. Enumerable.Range(0, Strategies[player].Length).Where(a => Strategies[player][a] > 0)];

    /// <summary>The equilibrium in words, e.g. "row 0.5 'U' + 0.5 'D', column 'L' (payoffs 1.5, 2)".</summary>
    public string Describe(NormalFormGame game)
    {
        var strategies = Enumerable.Range(0, Strategies.Length)
            .Select(i => $"{game.Players[i]} {StrategyText.Strategy(game.Actions[i], Strategies[i])}");
        var payoffs = Payoffs.Select(p => p.ToString("G6", CultureInfo.InvariantCulture));
        return $"{string.Join(", ", strategies)} (payoffs {string.Join(", ", payoffs)})";
    }

    /// <summary>The pure equilibrium at a profile index (not checked to be one).</summary>
    internal static Equilibrium Pure(NormalFormGame game, int profileIndex)
    {
        Span<int> profile = game.PlayerCount <= 32 ? stackalloc int[game.PlayerCount] : new int[game.PlayerCount];
        game.Decode(profileIndex, profile);
        var strategies = new ImmutableArray<double>[game.PlayerCount];
        var payoffs = new double[game.PlayerCount];
        for (var i = 0; i < game.PlayerCount; i++)
        {
            var s = new double[game.ActionCount(i)];
            s[profile[i]] = 1.0;
            strategies[i] = [.. s];
            payoffs[i] = game.Payoff(i, profileIndex);
        }
        return new Equilibrium([.. strategies], [.. payoffs]);
    }

    /// <summary>An equilibrium from mixed strategies (not checked to be one): probabilities within
    /// <see cref="SnapDistance"/> of 0 or 1 are snapped and each strategy renormalised, and expected payoffs computed.</summary>
    internal static Equilibrium Mixed(NormalFormGame game, IReadOnlyList<double[]> strategies)
    {
        var snapped = strategies.Select(Snap).ToArray();
        var payoffs = new double[game.PlayerCount];
        Span<int> profile = game.PlayerCount <= 32 ? stackalloc int[game.PlayerCount] : new int[game.PlayerCount];
        for (var index = 0; index < game.ProfileCount; index++)
        {
            game.Decode(index, profile);
            var p = 1.0;
            for (var i = 0; i < game.PlayerCount && p != 0; i++) p *= snapped[i][profile[i]];
            if (p == 0) continue;
            for (var i = 0; i < game.PlayerCount; i++) payoffs[i] += p * game.Payoff(i, index);
        }
        return new Equilibrium([.. snapped.Select(s => s.ToImmutableArray())], [.. payoffs]);
    }

    /// <summary>How close to 0 or 1 a computed probability must be to be taken as exactly 0 or 1.</summary>
    internal const double SnapDistance = 1e-12;

    /// <summary>A copy with probabilities within <see cref="SnapDistance"/> of 0 or 1 made exact, renormalised.</summary>
    internal static double[] Snap(double[] strategy)
    {
        var s = new double[strategy.Length];
        var sum = 0.0;
        for (var a = 0; a < s.Length; a++)
        {
            var p = strategy[a];
            s[a] = Math.Abs(p) <= SnapDistance ? 0.0 : Math.Abs(p - 1) <= SnapDistance ? 1.0 : p;
            sum += s[a];
        }
        if (sum > 0 && sum != 1.0)
            for (var a = 0; a < s.Length; a++) s[a] /= sum;
        return s;
    }
}
