using HedgeAgents.Core.Learning;

namespace HedgeAgents.Core.Games;

/// <summary>What a player of a normal-form game sees when it decides: exact payoffs against the others' last actions
/// (against uniform play before the first round) or against any profile of theirs.</summary>
internal sealed class GameContext : IDecisionContext
{
    private readonly NormalFormGame _game;
    private readonly int _player;
    private readonly int[] _last;
    private readonly int[] _profile;
    private readonly int[] _opponents;

    /// <summary>Creates the context of one player; <paramref name="last"/> is the shared array of last actions.</summary>
    public GameContext(NormalFormGame game, int player, int[] last)
    {
        _game = game;
        _player = player;
        _last = last;
        _profile = new int[game.PlayerCount];
        _opponents = [.. Enumerable.Range(0, game.PlayerCount).Where(j => j != player)];
    }

    public int Round { get; set; }

    public int ActionCount => _game.ActionCount(_player);

    public int LastAction => Round > 0 ? _last[_player] : -1;

    public double Score(int action)
    {
        if (Round == 0) return UniformScore(action);
        _last.CopyTo(_profile, 0);
        _profile[_player] = action;
        return _game.Payoff(_player, _profile);
    }

    public double ScoreOverHorizon(int action, int horizon) => Score(action);

    public int OpponentCount => _opponents.Length;

    public int OpponentActionCount(int opponent) => _game.ActionCount(_opponents[opponent]);

    public double ScoreAgainst(int action, ReadOnlySpan<int> opponentActions)
    {
        _profile[_player] = action;
        for (var k = 0; k < _opponents.Length; k++) _profile[_opponents[k]] = opponentActions[k];
        return _game.Payoff(_player, _profile);
    }

    private double UniformScore(int action)
    {
        var sum = 0.0;
        var count = 0;
        for (var index = 0; index < _game.ProfileCount; index++)
        {
            _game.Decode(index, _profile);
            if (_profile[_player] != action) continue;
            sum += _game.Payoff(_player, index);
            count++;
        }
        return count > 0 ? sum / count : 0.0;
    }
}
