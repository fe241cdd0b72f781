using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Learning.Rules;

/// <summary>Stateless Q-learning for repeated games: Q(a) ← Q(a) + α(u + γ·max Q − Q(a)), with Boltzmann or
/// ε-greedy exploration whose temperature or ε decays geometrically to a floor.</summary>
/// <remarks>The Boltzmann temperature is stated per unit of the range of utilities seen, so one default explores as
/// much in a textbook game as in the hedging model, whose utilities are small.</remarks>
public sealed class QLearningRule : ILearningRule
{
    private readonly int _n;
    private readonly double _alpha, _gamma, _initial, _temperature, _epsilon, _decay, _floor;
    private readonly bool _boltzmann;

    /// <summary>Binds the rule.</summary>
    public QLearningRule(int actionCount, double alpha, double gamma, bool boltzmann, double temperature, double epsilon,
        double decay, double floor, double initial)
    {
        _n = actionCount;
        _alpha = alpha;
        _gamma = gamma;
        _boltzmann = boltzmann;
        _temperature = temperature;
        _epsilon = epsilon;
        _decay = decay;
        _floor = floor;
        _initial = initial;
    }

    /// <inheritdoc />
    public string Name => "q-learning";

    /// <inheritdoc />
    public bool NeedsCounterfactuals => false;

    /// <inheritdoc />
    public LearnerState CreateState() => new State(_n, _initial);

    /// <summary>Exploration level (temperature or ε) after <paramref name="round"/> rounds.</summary>
    public double Exploration(int round) =>
        Math.Max(_floor, (_boltzmann ? _temperature : _epsilon) * Math.Pow(_decay, round));

    /// <inheritdoc />
    public int Choose(LearnerState state, IDecisionContext context, ref Xoshiro256StarStar rng)
    {
        var s = (State)state;
        var level = Exploration(context.Round);
        if (_boltzmann)
        {
            var width = s.Range.Width;
            // Until two different utilities have been seen there is nothing to prefer: explore uniformly.
            return width > 0 ? Choice.DrawLogit(s.Q, level * width, ref rng) : rng.NextInt(_n);
        }
        var u = rng.NextDouble();
        var explore = rng.NextInt(_n);
        return u < level ? explore : Choice.ArgMax(s.Q, context.LastAction);
    }

    /// <inheritdoc />
    public void Observe(LearnerState state, in Outcome outcome)
    {
        var s = (State)state;
        s.Range.Observe(outcome.Utility);
        var max = double.NegativeInfinity;
        foreach (var q in s.Q) max = Math.Max(max, q);
        s.Q[outcome.Chosen] += _alpha * (outcome.Utility + _gamma * max - s.Q[outcome.Chosen]);
    }

    /// <summary>The Q-values.</summary>
    public sealed class State : LearnerState
    {
        /// <summary>Creates Q-values at an initial level.</summary>
        public State(int n, double initial)
        {
            Q = new double[n];
            Array.Fill(Q, initial);
        }

        /// <summary>Action values.</summary>
        public double[] Q { get; }

        /// <summary>Utilities seen so far (the temperature's unit).</summary>
        public PayoffRange Range;

        /// <inheritdoc />
        public override double[] Save()
        {
            var saved = new double[Q.Length + 2];
            Q.CopyTo(saved, 0);
            Range.Save(saved.AsSpan(Q.Length));
            return saved;
        }

        /// <inheritdoc />
        public override void Load(ReadOnlySpan<double> saved)
        {
            saved[..Q.Length].CopyTo(Q);
            Range = PayoffRange.Load(saved[Q.Length..]);
        }
    }

    /// <summary>The registry entry.</summary>
    public sealed class Factory : ILearningRuleFactory
    {
        /// <inheritdoc />
        public string Name => "q-learning";

        /// <inheritdoc />
        public string Description => "stateless Q-learning on realized utility with Boltzmann or epsilon-greedy exploration";

        /// <inheritdoc />
        public IReadOnlyList<LearningOption> Options { get; } =
        [
            new("alpha", OptionKind.Number, "0.1", "learning rate", 0, 1),
            new("gamma", OptionKind.Number, "0", "discount of the best next value", 0, 0.999),
            new("exploration", OptionKind.Choice, "boltzmann", "exploration scheme", Allowed: ["boltzmann", "epsilon-greedy"]),
            new("temperature", OptionKind.Number, "0.2", "Boltzmann temperature at round 0, per unit of the range of utilities seen (assumption)", 0),
            new("epsilon", OptionKind.Number, "0.1", "epsilon-greedy exploration probability at round 0", 0, 1),
            new("decay", OptionKind.Number, "0.999", "geometric decay of temperature or epsilon per round", 0, 1),
            new("floor", OptionKind.Number, "0.001", "lowest temperature or epsilon", 0),
            new("initial", OptionKind.Number, "0", "initial Q-value"),
        ];

        /// <inheritdoc />
        public ILearningRule Create(LearningSpec spec, IReadOnlyList<string> actionLabels) => new QLearningRule(
            actionLabels.Count,
            spec.Number("alpha", 0.1),
            spec.Number("gamma", 0),
            spec.Text("exploration", "boltzmann") != "epsilon-greedy",
            spec.Number("temperature", 0.2),
            spec.Number("epsilon", 0.1),
            spec.Number("decay", 0.999),
            spec.Number("floor", 0.001),
            spec.Number("initial", 0));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"q-learning(alpha={_alpha}, gamma={_gamma}, exploration={(_boltzmann ? "boltzmann" : "epsilon-greedy")}, temperature={_temperature}, epsilon={_epsilon}, decay={_decay}, floor={_floor}, initial={_initial})");
}
