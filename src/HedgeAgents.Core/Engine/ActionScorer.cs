using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Insurance;
using HedgeAgents.Core.Learning;

namespace HedgeAgents.Core.Engine;

/// <summary>The decision context the model gives a learner: certainty equivalents of its actions against last
/// round's profile, at the stocks that holding each action sustains (the commitment evaluation) or over a horizon.</summary>
public sealed class ActionScorer : IDecisionContext
{
    private readonly RunState _state;
    private readonly double[] _weights;
    private readonly double[] _scratch;
    private readonly double[] _stocks = new double[3];
    private readonly double[] _routeHazard;
    private readonly bool[] _closed;
    private readonly int[] _profile;
    private readonly double[][] _profileWeights;
    private readonly int[][] _opponents;
    private CompiledModel _m;
    private int _actor;

    /// <summary>Creates a scorer over a run's state (buffers sized for the model's layout).</summary>
    public ActionScorer(CompiledModel m, RunState state)
    {
        _m = m;
        _state = state;
        _weights = new double[Math.Max(1, m.MaxCounterparties)];
        _scratch = new double[3 * Math.Max(1, m.MaxCounterparties)];
        _routeHazard = new double[m.Routes.Count];
        _closed = new bool[m.Routes.Count];
        _profile = new int[m.ActorCount];
        _profileWeights = [.. Enumerable.Range(0, m.ActorCount).Select(i => new double[m.Counterparties[i].Length])];
        _opponents = Opponents(m);
    }

    /// <summary>For each actor, the other choosing actors in actor order (empty for partners): its opponents.</summary>
    public static int[][] Opponents(CompiledModel m) =>
        [.. Enumerable.Range(0, m.ActorCount).Select(i =>
            m.Chooses(i) ? Enumerable.Range(0, m.ActorCount).Where(j => j != i && m.Chooses(j)).ToArray() : [])];

    /// <summary>Points the scorer at an actor and round.</summary>
    public void Focus(CompiledModel m, int actor, int round)
    {
        _m = m;
        _actor = actor;
        Round = round;
    }

    /// <inheritdoc />
    public int Round { get; private set; }

    /// <inheritdoc />
    public int ActionCount => _m.Actions[_actor].Length;

    /// <inheritdoc />
    public int LastAction => _state.PreviousActions[_actor] is var last && last >= 0 && Round > 0 ? last : -1;

    /// <inheritdoc />
    public double Score(int action)
    {
        var act = _m.Actions[_actor][action];
        var h = Weights.InsuranceRate(_m, act);
        for (var x = 0; x < 3; x++)
            _stocks[x] = InsuranceDynamics.Stationary(_m.Depreciation, _m.Capacity[_actor], h, _m.Split[x], _m.Efficiency);
        return ScoreAt(action, _stocks);
    }

    /// <inheritdoc />
    public double ScoreOverHorizon(int action, int horizon)
    {
        var act = _m.Actions[_actor][action];
        var h = Weights.InsuranceRate(_m, act);
        _state.Stocks[_actor].CopyTo(_stocks, 0);
        var sum = 0.0;
        for (var j = 0; j < horizon; j++)
        {
            sum += ScoreAt(action, _stocks);
            for (var x = 0; x < 3; x++)
                _stocks[x] = InsuranceDynamics.Step(_stocks[x], _m.Depreciation, _m.Capacity[_actor], h, _m.Split[x], _m.Efficiency);
        }
        return horizon > 0 ? sum / horizon : ScoreAt(action, _stocks);
    }

    /// <inheritdoc />
    public int OpponentCount => _opponents[_actor].Length;

    /// <inheritdoc />
    public int OpponentActionCount(int opponent) => _m.Actions[_opponents[_actor][opponent]].Length;

    /// <inheritdoc />
    /// <remarks>The opponents' weights are those the imagined profile engages (hedgers' portfolios at their current
    /// stocks); the actor itself is scored, as in <see cref="Score"/>, at the stocks its action sustains.</remarks>
    public double ScoreAgainst(int action, ReadOnlySpan<int> opponentActions)
    {
        var opponents = _opponents[_actor];
        _state.PreviousActions.CopyTo(_profile, 0);
        _profile[_actor] = action;
        for (var k = 0; k < opponents.Length; k++) _profile[opponents[k]] = opponentActions[k];
        ProfileEngagement.Engage(_m, _state, _profile, _profileWeights, _scratch, _closed);
        var act = _m.Actions[_actor][action];
        var h = Weights.InsuranceRate(_m, act);
        for (var x = 0; x < 3; x++)
            _stocks[x] = InsuranceDynamics.Stationary(_m.Depreciation, _m.Capacity[_actor], h, _m.Split[x], _m.Efficiency);
        return ScoreIn(_actor, _profile, _profileWeights, _stocks);
    }

    /// <summary>The certainty equivalent of an action at given stocks (I, P, N) against last round's profile.</summary>
    public double ScoreAt(int action, ReadOnlySpan<double> stocks)
    {
        var a = _actor;
        var act = _m.Actions[a][action];
        var n = _m.Counterparties[a].Length;
        var w = _weights.AsSpan(0, n);
        if (act.Archetype == Archetype.Hedging)
            HedgerWeights.Compute(_m, a, stocks, _state.PreviousActions, _state, _scratch, _closed, w);
        else
            Weights.OfAction(_m, a, act, w);
        var sink = new ExpectedSink(_m, a, _state, w, stocks[(int)InsuranceStock.Redundancy], _closed);
        Exposure.Enumerate(_m, a, act, w, stocks, _state.PreviousActions, _state.PreviousWeights, _routeHazard, ref sink);
        return sink.Result(Weights.InsuranceRate(_m, act), Weights.ReputationRate(_m, act));
    }

    /// <summary>The certainty equivalent of <paramref name="actor"/>'s action in a full profile whose weights are
    /// already engaged, at the given stocks (the stage game's payoff).</summary>
    public double ScoreIn(int actor, ReadOnlySpan<int> profile, double[][] weights, ReadOnlySpan<double> stocks)
    {
        var act = _m.Actions[actor][profile[actor]];
        var n = _m.Counterparties[actor].Length;
        var w = _weights.AsSpan(0, n);
        if (act.Archetype == Archetype.Hedging)
            HedgerWeights.Compute(_m, actor, stocks, profile, _state, _scratch, _closed, w);
        else
            Weights.OfAction(_m, actor, act, w);
        var sink = new ExpectedSink(_m, actor, _state, w, stocks[(int)InsuranceStock.Redundancy], _closed);
        Exposure.Enumerate(_m, actor, act, w, stocks, profile, weights, _routeHazard, ref sink);
        return sink.Result(Weights.InsuranceRate(_m, act), Weights.ReputationRate(_m, act));
    }
}
