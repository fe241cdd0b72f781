using System.Globalization;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Learning.Rules;

/// <summary>Pairwise proportional imitation (Schlag 1998): after each round the learner looks at one model drawn
/// at random and, if the model earned more, copies its action with probability rate × gap / payoff range.</summary>
/// <remarks>
/// Models are the learner's peers (players with the same action set: the other middle powers), the counterfactual
/// selves that played each other action with the same random numbers, or both (the default). With peers alone,
/// a population that all plays one action never leaves it, which is why the counterfactual selves are included
/// unless <c>models: peers</c> is asked for. <c>mutation</c> is the probability of a uniformly random action.
/// </remarks>
public sealed class ImitationRule : ILearningRule
{
    /// <summary>Who may be imitated.</summary>
    public enum ModelSource
    {
        /// <summary>Peers and counterfactual selves.</summary>
        Both,
        /// <summary>Peers only.</summary>
        Peers,
        /// <summary>Counterfactual selves only.</summary>
        Counterfactual,
    }

    /// <summary>The registry name.</summary>
    public const string RuleName = "imitation";

    /// <summary>Who may be imitated.</summary>
    public static readonly ChoiceOption<ModelSource> Models = new("models", ModelSource.Both,
        "who may be imitated: peers (same action set), counterfactual selves, or both",
        ("both", ModelSource.Both), ("peers", ModelSource.Peers), ("counterfactual", ModelSource.Counterfactual));

    /// <summary>Switching probability per unit of payoff gap.</summary>
    public static readonly NumberOption Rate = new("rate", 0.5, "switching probability per unit of payoff gap, the gap measured in payoff ranges (assumption)", 0, 1);

    /// <summary>Probability of a uniformly random action each round.</summary>
    public static readonly NumberOption Mutation = new("mutation", 0, "probability of a uniformly random action each round", 0, 1);

    private readonly int _n;
    private readonly ModelSource _models;
    private readonly double _rate, _mutation;

    /// <summary>Binds the rule.</summary>
    public ImitationRule(int actionCount, ModelSource models, double rate, double mutation)
    {
        _n = actionCount;
        _models = models;
        _rate = rate;
        _mutation = mutation;
    }

    /// <inheritdoc />
    public string Name => RuleName;

    /// <inheritdoc />
    public bool NeedsCounterfactuals => _models != ModelSource.Peers;

    /// <inheritdoc />
    public LearnerState CreateState() => new State(_n);

    /// <inheritdoc />
    public int Choose(LearnerState state, IDecisionContext context, ref Xoshiro256StarStar rng)
    {
        var s = (State)state;
        // Three draws every round, whatever happens, so the stream's use does not depend on the history.
        var mutate = rng.NextDouble() < _mutation;
        var random = rng.NextInt(_n);
        var u = rng.NextDouble();
        if (s.Last < 0 || mutate) return random;
        for (var k = 0; k < _n; k++)
        {
            u -= s.Switch[k];
            if (u < 0) return k;
        }
        return s.Last;
    }

    /// <inheritdoc />
    public void Observe(LearnerState state, in Outcome outcome)
    {
        var s = (State)state;
        s.Range.Observe(outcome.Utility);
        var usePeers = _models != ModelSource.Counterfactual;
        var useSelves = _models != ModelSource.Peers && outcome.Counterfactual.Length == _n;
        if (usePeers) s.Range.Observe(outcome.PeerUtilities);
        if (useSelves) s.Range.Observe(outcome.Counterfactual);
        Array.Clear(s.Switch);
        s.Last = outcome.Chosen;
        var models = (usePeers ? outcome.PeerActions.Length : 0) + (useSelves ? _n - 1 : 0);
        if (models == 0) return;
        var weight = 1.0 / models;
        if (usePeers)
            for (var k = 0; k < outcome.PeerActions.Length; k++)
                Pull(s, outcome.PeerActions[k], outcome.PeerUtilities[k] - outcome.Utility, weight);
        if (useSelves)
            for (var j = 0; j < _n; j++)
                if (j != outcome.Chosen) Pull(s, j, outcome.Counterfactual[j] - outcome.Utility, weight);
    }

    private void Pull(State s, int action, double gap, double weight)
    {
        if (!(gap > 0) || action == s.Last) return;
        s.Switch[action] += weight * Math.Min(1.0, _rate * s.Range.Scale(gap));
    }

    /// <inheritdoc />
    public bool TryGetMixedStrategy(LearnerState state, Span<double> probabilities)
    {
        var s = (State)state;
        probabilities = probabilities[.._n];
        if (s.Last < 0)
        {
            probabilities.Fill(1.0 / _n);
            return true;
        }
        var moved = 0.0;
        for (var k = 0; k < _n; k++)
        {
            probabilities[k] = (1 - _mutation) * s.Switch[k] + _mutation / _n;
            moved += s.Switch[k];
        }
        probabilities[s.Last] += (1 - _mutation) * (1 - moved);
        return true;
    }

    /// <summary>The last action, the probability of switching to each action, and the payoff range.</summary>
    public sealed class State : LearnerState
    {
        /// <summary>Creates a state with no history.</summary>
        public State(int n) => Switch = new double[n];

        /// <summary>Probability of switching to each action at the next choice.</summary>
        public double[] Switch { get; }

        /// <summary>The last action played, or −1.</summary>
        public int Last { get; set; } = -1;

        /// <summary>Payoffs seen so far.</summary>
        public PayoffRange Range;

        /// <inheritdoc />
        public override double[] Save()
        {
            var n = Switch.Length;
            var saved = new double[n + 3];
            Switch.CopyTo(saved, 0);
            saved[n] = Last;
            Range.Save(saved.AsSpan(n + 1));
            return saved;
        }

        /// <inheritdoc />
        public override void Load(ReadOnlySpan<double> saved)
        {
            var n = Switch.Length;
            saved[..n].CopyTo(Switch);
            Last = (int)saved[n];
            Range = PayoffRange.Load(saved[(n + 1)..]);
        }
    }

    /// <summary>The registry entry.</summary>
    public sealed class Factory : ILearningRuleFactory
    {
        /// <inheritdoc />
        public string Name => RuleName;

        /// <inheritdoc />
        public string Description => "copies a better-paid peer or counterfactual self with probability growing with the gap (Schlag 1998)";

        /// <inheritdoc />
        public IReadOnlyList<LearningOption> Options { get; } = [Models, Rate, Mutation];

        /// <inheritdoc />
        public ILearningRule Create(LearningSpec spec, IReadOnlyList<string> actionLabels) => new ImitationRule(
            actionLabels.Count,
            spec.Get(Models),
            spec.Get(Rate),
            spec.Get(Mutation));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"imitation(models={_models}, rate={_rate}, mutation={_mutation})");
}
