using System.Collections.Immutable;
using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Games;
using HedgeAgents.Core.Insurance;
using HedgeAgents.Core.Learning;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Random;
using HedgeAgents.Core.Risk;
using HedgeAgents.Core.Routes;

namespace HedgeAgents.Core.Engine;

/// <summary>One run of the model: decide, engage, draw, pay, update, record (MODEL.md section 4).</summary>
/// <remarks>Everything a run needs is allocated here, before the first round; the round loop allocates nothing.
/// Each actor's decisions draw from its own stream and the environment from another, all derived from the run seed,
/// so one actor's rule cannot shift another's draws.</remarks>
public sealed class Simulation
{
    private readonly RunSpec _spec;
    private readonly CompiledModel[] _models;
    private readonly RunState _state;
    private readonly RoundDraws _draws;
    private readonly ActionScorer _scorer;
    private readonly ILearningRule?[] _rules;
    private readonly LearnerState?[] _learners;
    private readonly Xoshiro256StarStar[] _rngs;
    private Xoshiro256StarStar _environment;
    private Xoshiro256StarStar _declared;
    private readonly PayoffParts[] _parts;
    private readonly double[] _diversification, _resilience;
    private readonly double[][] _counterfactual;
    private readonly double[] _weights, _hedgeWeights, _scratch, _routeHazard;
    private readonly bool[] _closed, _closedScratch;
    private readonly bool[][] _newImplicit;
    private readonly bool[] _implicitScratch;
    private readonly int[][] _opponents, _peers, _opponentActions, _peerActions;
    private readonly double[][] _peerUtilities;
    private readonly double[] _utility;
    private readonly Shocks.ShockLog _log = new();
    private readonly RoundView _view;
    private CompiledModel _model;
    private int _round, _stretch;

    /// <summary>Prepares a run of <paramref name="spec"/> with seed <paramref name="runSeed"/>.</summary>
    public Simulation(RunSpec spec, ulong runSeed)
        : this(new CompiledScenario(spec), runSeed)
    {
    }

    /// <summary>Prepares a run of an already compiled scenario (shared, read-only) with seed <paramref name="runSeed"/>.</summary>
    public Simulation(CompiledScenario scenario, ulong runSeed)
    {
        var spec = scenario.Spec;
        _spec = spec;
        _models = scenario.Models;
        var m = _models[0];
        var a = m.ActorCount;
        _state = new RunState(m);
        _draws = new RoundDraws(m);
        _scorer = new ActionScorer(m, _state);
        _rules = new ILearningRule?[a];
        _learners = new LearnerState?[a];
        _rngs = new Xoshiro256StarStar[a];
        for (var i = 0; i < a; i++) _rngs[i] = new Xoshiro256StarStar(SeedDerivation.StreamSeed(runSeed, i));
        _environment = new Xoshiro256StarStar(SeedDerivation.StreamSeed(runSeed, SeedDerivation.EnvironmentStream));
        _declared = new Xoshiro256StarStar(SeedDerivation.StreamSeed(runSeed, RoundDraws.DeclaredKindsStream));
        _parts = new PayoffParts[a];
        _diversification = new double[a];
        _resilience = new double[a];
        var maxN = Math.Max(1, m.MaxCounterparties);
        var maxActions = Math.Max(1, m.Actions.Max(x => x.Length));
        _counterfactual = [.. Enumerable.Range(0, a).Select(_ => new double[maxActions])];
        _weights = new double[maxN];
        _hedgeWeights = new double[maxN];
        _scratch = new double[3 * maxN];
        _routeHazard = new double[m.Routes.Count];
        _closed = new bool[m.Routes.Count];
        _closedScratch = new bool[m.Routes.Count];
        _newImplicit = [.. Enumerable.Range(0, a).Select(i => new bool[m.Counterparties[i].Length])];
        _implicitScratch = new bool[maxN];
        _opponents = ActionScorer.Opponents(m);
        _peers = [.. Enumerable.Range(0, a).Select(i => m.Chooses(i)
            ? _opponents[i].Where(j => m.ActionLabels[j].SequenceEqual(m.ActionLabels[i])).ToArray()
            : [])];
        _opponentActions = [.. _opponents.Select(o => new int[o.Length])];
        _peerActions = [.. _peers.Select(p => new int[p.Length])];
        _peerUtilities = [.. _peers.Select(p => new double[p.Length])];
        _utility = new double[a];
        _view = new RoundView(_state, _parts, _diversification, _resilience, _log);
        _model = m;
        BindRules(m, null);
        // Before round 0 everyone is taken to stand at equal distance: the profile the first decisions answer.
        for (var i = 0; i < a; i++)
        {
            _state.PreviousActions[i] = m.Chooses(i) ? IndexOf(m, i, Archetype.Equidistance) : -1;
            var w = _state.PreviousWeights[i];
            if (w.Length > 0) Array.Fill(w, 1.0 / w.Length);
        }
        ForceClosures(m);
    }

    /// <summary>The learner state of an actor (null for partners): for tests and checkpoints.</summary>
    public LearnerState? LearnerOf(int actor) => _learners[actor];

    /// <summary>Plays every round, reporting each to the observer.</summary>
    public void Run(IRoundObserver observer)
    {
        while (_round < _spec.Rounds) PlayRound(observer);
    }

    /// <summary>Plays the next round, reporting it to the observer; false, playing nothing, when the run is over.</summary>
    public bool Step(IRoundObserver observer)
    {
        if (_round >= _spec.Rounds) return false;
        PlayRound(observer);
        return true;
    }

    /// <summary>The stage game at the start of <paramref name="round"/>: every choosing actor's certainty-equivalent
    /// payoff for every profile of the choosers' actions, at the stocks, route closures and parameters of that
    /// round of this run; then plays that round and returns what the learners chose in it.</summary>
    /// <param name="round">0-based round, below the run's length; the run must not have passed it.</param>
    /// <param name="vary">Actor ids whose actions vary (all choosers when null); the others stay at last round's action.</param>
    /// <param name="maxProfiles">A guard against games too large to enumerate.</param>
    public (NormalFormGame Game, ImmutableArray<int> Played) StageGame(int round, IReadOnlyCollection<string>? vary = null, int maxProfiles = 1 << 21,
        StageStocks stocks = StageStocks.Current)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(round);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(round, _spec.Rounds);
        if (round < _round) throw new InvalidOperationException($"the run is already at round {_round}");
        var ignore = new NullObserver();
        while (_round < round) PlayRound(ignore);
        var m = ApplyEvents(out _);
        var players = Enumerable.Range(0, m.ActorCount)
            .Where(i => m.Chooses(i) && (vary is null || vary.Contains(m.Parameters.Actors[i].Id))).ToArray();
        var game = StageGameBuilder.Build(m, _state, _scorer, players, round, maxProfiles, stocks);
        Step(m, round);
        var played = players.Select(i => _state.Actions[i]).ToImmutableArray();
        Finish(m, ignore, round, null);
        return (game, played);
    }

    private void PlayRound(IRoundObserver observer)
    {
        var t = _round;
        var m = ApplyEvents(out var label);
        Step(m, t);
        Finish(m, observer, t, label);
    }

    private CompiledModel ApplyEvents(out string? label)
    {
        label = null;
        while (_stretch < _spec.Events.Length && _spec.Events[_stretch].At == _round)
        {
            var next = _models[_stretch + 1];
            BindRules(next, _model);
            ForceClosures(next);
            _model = next;
            label = label is null ? _spec.Events[_stretch].Label : label + "; " + _spec.Events[_stretch].Label;
            _stretch++;
        }
        return _model;
    }

    private void Finish(CompiledModel m, IRoundObserver observer, int t, string? label)
    {
        _view.Round = t;
        _view.EventLabel = label;
        _view.Model = m;
        observer.OnRound(_view);
        Advance();
        _round++;
    }

    private sealed class NullObserver : IRoundObserver
    {
        public void OnRound(RoundView view) { }
    }

    private void Step(CompiledModel m, int t)
    {
        var s = _state;
        var a = m.ActorCount;

        // 1. Decide, against last round's profile.
        for (var i = 0; i < a; i++)
        {
            if (!m.Chooses(i)) { s.Actions[i] = -1; continue; }
            _scorer.Focus(m, i, t);
            s.Actions[i] = _rules[i]!.Choose(_learners[i]!, _scorer, ref _rngs[i]);
        }

        // 2. Engage: choosers first, then partners reciprocate the weight others put on them.
        ProfileEngagement.Engage(m, s, s.Actions, s.Weights, _scratch, _closedScratch);
        for (var i = 0; i < a; i++)
        {
            var chooses = m.Chooses(i);
            s.InsuranceRate[i] = chooses ? Weights.InsuranceRate(m, m.Actions[i][s.Actions[i]]) : 0;
            s.ReputationRate[i] = chooses ? Weights.ReputationRate(m, m.Actions[i][s.Actions[i]]) : 0;
        }

        // 3. Shocks: the round's common random numbers.
        _draws.Draw(ref _environment, ref _declared);

        // 4. Pay, and what every other action would have paid with the same numbers.
        _log.Clear();
        Array.Clear(_closed);
        for (var i = 0; i < a; i++)
        {
            var act = m.Chooses(i) ? m.Actions[i][s.Actions[i]] : new ModelAction(Archetype.Equidistance, -1);
            _parts[i] = Pay(m, i, act, s.Weights[i], s.InsuranceRate[i], s.ReputationRate[i], _closed, _newImplicit[i], _log);
        }
        for (var i = 0; i < a; i++)
        {
            if (!m.Chooses(i) || !_rules[i]!.NeedsCounterfactuals) continue;
            var cf = _counterfactual[i];
            var n = m.Counterparties[i].Length;
            var hedgeDone = false;
            for (var x = 0; x < m.Actions[i].Length; x++)
            {
                var act = m.Actions[i][x];
                var w = _weights.AsSpan(0, n);
                if (act.Archetype == Archetype.Hedging)
                {
                    if (!hedgeDone)
                    {
                        HedgerWeights.Compute(m, i, s.Stocks[i], s.Actions, s, _scratch, _closedScratch, _hedgeWeights);
                        hedgeDone = true;
                    }
                    _hedgeWeights.AsSpan(0, n).CopyTo(w);
                }
                else Weights.OfAction(m, i, act, w);
                var parts = Pay(m, i, act, w, Weights.InsuranceRate(m, act), Weights.ReputationRate(m, act),
                    _closedScratch, _implicitScratch, null);
                cf[x] = CertaintyEquivalent.Utility(parts.Payoff, m.RiskAversion[i]);
            }
        }

        // 5. Update insurance stocks, indicators, route states and learners.
        for (var i = 0; i < a; i++)
        {
            var stocks = s.Stocks[i];
            for (var x = 0; x < 3; x++)
                stocks[x] = InsuranceDynamics.Step(stocks[x], m.Depreciation, m.Capacity[i], s.InsuranceRate[i], m.Split[x], m.Efficiency);
            _diversification[i] = Weights.Diversification(s.Weights[i]);
            var red = stocks[(int)InsuranceStock.Redundancy];
            _resilience[i] = m.Routes.HasRoutes[i]
                ? m.Routes.Resilience(i, red)
                : RouteNetwork.ImplicitResilience(s.Weights[i], red);
        }
        UpdateRoutes(m);
        for (var i = 0; i < a; i++)
            _utility[i] = m.Chooses(i) ? CertaintyEquivalent.Utility(_parts[i].Payoff, m.RiskAversion[i]) : 0;
        for (var i = 0; i < a; i++)
        {
            if (!m.Chooses(i)) continue;
            var opponents = _opponents[i];
            for (var k = 0; k < opponents.Length; k++) _opponentActions[i][k] = s.Actions[opponents[k]];
            var peers = _peers[i];
            for (var k = 0; k < peers.Length; k++)
            {
                _peerActions[i][k] = s.Actions[peers[k]];
                _peerUtilities[i][k] = _utility[peers[k]];
            }
            var cf = _rules[i]!.NeedsCounterfactuals ? _counterfactual[i].AsSpan(0, m.Actions[i].Length) : ReadOnlySpan<double>.Empty;
            _rules[i]!.Observe(_learners[i]!, new Outcome(t, s.Actions[i], _utility[i], cf, _opponentActions[i], _peerActions[i], _peerUtilities[i]));
        }
    }

    private PayoffParts Pay(CompiledModel m, int i, ModelAction act, ReadOnlySpan<double> w, double h, double rep,
        Span<bool> closed, Span<bool> newImplicit, Shocks.ShockLog? log)
    {
        var sink = new RealizedSink(m, i, _draws, _state, w, closed, newImplicit, log);
        Exposure.Enumerate(m, i, act, w, _state.Stocks[i], _state.Actions, _state.Weights, _routeHazard, ref sink);
        return sink.Result(h, rep);
    }

    private void UpdateRoutes(CompiledModel m)
    {
        var duration = m.Shocks.Disruption.Duration;
        var s = _state;
        for (var r = 0; r < s.RouteClosed.Length; r++)
        {
            if (s.RouteClosed[r] > 0) s.RouteClosed[r]--;
            else if (_closed[r]) s.RouteClosed[r] = duration - 1;
        }
        for (var i = 0; i < m.ActorCount; i++)
        {
            var closed = s.ImplicitClosed[i];
            for (var k = 0; k < closed.Length; k++)
            {
                if (closed[k] > 0) closed[k]--;
                else if (_newImplicit[i][k]) closed[k] = duration - 1;
                _newImplicit[i][k] = false;
            }
        }
    }

    private void Advance()
    {
        var s = _state;
        Array.Copy(s.Actions, s.PreviousActions, s.Actions.Length);
        for (var i = 0; i < s.Weights.Length; i++) Array.Copy(s.Weights[i], s.PreviousWeights[i], s.Weights[i].Length);
    }

    private void BindRules(CompiledModel next, CompiledModel? previous)
    {
        for (var i = 0; i < next.ActorCount; i++)
        {
            if (!next.Chooses(i)) continue;
            var spec = next.Parameters.Actors[i].Learning;
            if (previous is not null && previous.Parameters.Actors[i].Learning.Equals(spec)) continue;
            var factory = LearningRules.Registry.Get(spec.Rule);
            var rule = factory.Create(spec, next.ActionLabels[i]);
            // A new rule name starts from scratch; new options for the same rule keep what it has learned.
            if (_learners[i] is null || _rules[i]?.Name != rule.Name) _learners[i] = rule.CreateState();
            _rules[i] = rule;
        }
    }

    private void ForceClosures(CompiledModel next)
    {
        var routes = next.Routes;
        for (var r = 0; r < routes.Count; r++)
        {
            var forced = routes.ForcedClosed[r];
            // A forced closure is an impulse of the parameter set it comes with: each event that carries one closes
            // the route again (the experiment layer clears it from the sets that follow).
            if (forced <= 0) continue;
            _state.RouteClosed[r] = Math.Max(_state.RouteClosed[r], forced);
        }
    }

    private static int IndexOf(CompiledModel m, int actor, Archetype archetype)
    {
        var actions = m.Actions[actor];
        for (var x = 0; x < actions.Length; x++)
            if (actions[x].Archetype == archetype) return x;
        return -1;
    }
}
