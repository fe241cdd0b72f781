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
    }

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

    /// <summary>The certainty equivalent of an action at given stocks (I, P, N).</summary>
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
}
