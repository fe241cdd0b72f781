using System.Collections.Immutable;

namespace HedgeAgents.Core.Games;

/// <summary>A finite n-player game in normal form: players, their action labels, and a payoff for every player at
/// every pure profile. Profiles are indexed in mixed radix with the last player's action varying fastest.</summary>
public sealed class NormalFormGame
{
    private readonly double[] _payoffs;
    private readonly int[] _stride;

    /// <summary>Builds a game; <paramref name="payoffs"/> holds, for each profile index in order, one payoff per player.</summary>
    public NormalFormGame(string name, IReadOnlyList<string> players, IReadOnlyList<IReadOnlyList<string>> actions, ReadOnlySpan<double> payoffs)
    {
        if (players.Count < 1) throw new ArgumentException("a game needs at least one player");
        if (actions.Count != players.Count) throw new ArgumentException("one action list per player is needed");
        Name = name;
        Players = [.. players];
        Actions = [.. actions.Select(a => a.ToImmutableArray())];
        if (Actions.Any(a => a.Length == 0)) throw new ArgumentException("every player needs at least one action");
        _stride = new int[players.Count];
        var count = 1L;
        for (var i = players.Count - 1; i >= 0; i--)
        {
            _stride[i] = (int)count;
            count *= Actions[i].Length;
            if (count > int.MaxValue / Math.Max(1, players.Count)) throw new ArgumentException("the game has too many profiles");
        }
        ProfileCount = (int)count;
        if (payoffs.Length != ProfileCount * players.Count)
            throw new ArgumentException($"expected {ProfileCount * players.Count} payoffs ({ProfileCount} profiles × {players.Count} players), got {payoffs.Length}");
        _payoffs = payoffs.ToArray();
    }

    /// <summary>The same game under another name.</summary>
    public NormalFormGame WithName(string name) => new(name, Players, [.. Actions.Select(a => (IReadOnlyList<string>)a)], _payoffs);

    /// <summary>A name for reports.</summary>
    public string Name { get; }

    /// <summary>Player names in order.</summary>
    public ImmutableArray<string> Players { get; }

    /// <summary>Each player's action labels.</summary>
    public ImmutableArray<ImmutableArray<string>> Actions { get; }

    /// <summary>Number of players.</summary>
    public int PlayerCount => Players.Length;

    /// <summary>Number of pure profiles.</summary>
    public int ProfileCount { get; }

    /// <summary>Number of actions of a player.</summary>
    public int ActionCount(int player) => Actions[player].Length;

    /// <summary>The index of a pure profile.</summary>
    public int IndexOf(ReadOnlySpan<int> profile)
    {
        var index = 0;
        for (var i = 0; i < _stride.Length; i++) index += profile[i] * _stride[i];
        return index;
    }

    /// <summary>Writes the profile with a given index.</summary>
    public void Decode(int index, Span<int> profile)
    {
        for (var i = 0; i < _stride.Length; i++)
        {
            profile[i] = index / _stride[i];
            index -= profile[i] * _stride[i];
        }
    }

    /// <summary>The index of the profile that differs from <paramref name="index"/> only in <paramref name="player"/>'s action.</summary>
    public int WithAction(int index, int player, int action)
    {
        var current = index / _stride[player] % Actions[player].Length;
        return index + (action - current) * _stride[player];
    }

    /// <summary>A player's payoff at a profile index.</summary>
    public double Payoff(int player, int profileIndex) => _payoffs[profileIndex * PlayerCount + player];

    /// <summary>A player's payoff at a pure profile.</summary>
    public double Payoff(int player, ReadOnlySpan<int> profile) => Payoff(player, IndexOf(profile));

    /// <summary>A player's expected payoff from a pure action when every other player j plays the mixed strategy
    /// <paramref name="mixed"/>[j] (the player's own entry is ignored).</summary>
    public double ExpectedPayoff(int player, int action, IReadOnlyList<double[]> mixed)
    {
        var sum = 0.0;
        Span<int> profile = PlayerCount <= 32 ? stackalloc int[PlayerCount] : new int[PlayerCount];
        for (var index = 0; index < ProfileCount; index++)
        {
            Decode(index, profile);
            if (profile[player] != action) continue;
            var p = 1.0;
            for (var j = 0; j < PlayerCount && p != 0; j++)
                if (j != player) p *= mixed[j][profile[j]];
            if (p != 0) sum += p * Payoff(player, index);
        }
        return sum;
    }

    /// <summary>Whether the game is symmetric: all players have the same actions and permuting players permutes payoffs.</summary>
    public bool IsSymmetric(double tolerance = 1e-12)
    {
        for (var i = 1; i < PlayerCount; i++)
            if (!Actions[i].SequenceEqual(Actions[0])) return false;
        var n = PlayerCount;
        Span<int> profile = n <= 32 ? stackalloc int[n] : new int[n];
        Span<int> swapped = n <= 32 ? stackalloc int[n] : new int[n];
        // Transpositions of player 0 with each other player generate every permutation.
        for (var j = 1; j < n; j++)
        {
            for (var index = 0; index < ProfileCount; index++)
            {
                Decode(index, profile);
                profile.CopyTo(swapped);
                (swapped[0], swapped[j]) = (swapped[j], swapped[0]);
                var other = IndexOf(swapped);
                for (var i = 0; i < n; i++)
                {
                    var image = i == 0 ? j : i == j ? 0 : i;
                    if (Math.Abs(Payoff(i, index) - Payoff(image, other)) > tolerance) return false;
                }
            }
        }
        return true;
    }

    /// <summary>A two-player game from the row player's matrix A and the column player's matrix B.</summary>
    public static NormalFormGame FromMatrices(string name, string rowPlayer, string columnPlayer,
        IReadOnlyList<string> rowActions, IReadOnlyList<string> columnActions, double[,] a, double[,] b)
    {
        var m = rowActions.Count;
        var n = columnActions.Count;
        if (a.GetLength(0) != m || a.GetLength(1) != n || b.GetLength(0) != m || b.GetLength(1) != n)
            throw new ArgumentException($"matrices must be {m}×{n}");
        var payoffs = new double[m * n * 2];
        for (var r = 0; r < m; r++)
        for (var c = 0; c < n; c++)
        {
            payoffs[(r * n + c) * 2] = a[r, c];
            payoffs[(r * n + c) * 2 + 1] = b[r, c];
        }
        return new NormalFormGame(name, [rowPlayer, columnPlayer], [rowActions, columnActions], payoffs);
    }
}
