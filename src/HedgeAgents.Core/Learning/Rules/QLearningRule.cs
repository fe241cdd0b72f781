using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Learning.Rules;

/// <summary>Stateless Q-learning for repeated games: Q(a) ← Q(a) + α(u + γ·max Q − Q(a)), with Boltzmann or
/// ε-greedy exploration whose temperature or ε decays geometrically to a floor.</summary>
/// <remarks>The Boltzmann temperature is stated per unit of the range of utilities seen, so one default explores as
/// much in a textbook game as in the hedging model, whose utilities are small.</remarks>
public sealed class QLearningRule : ILearningRule
{
    /// <summary>The registry name.</summary>
    public const string RuleName = "q-learning";

    /// <summary>α: learning rate.</summary>
    public static readonly NumberOption Alpha = new("alpha", 0.1, "learning rate", 0, 1);

    /// <summary>γ: discount of the best next value.</summary>
    public static readonly NumberOption Gamma = new("gamma", 0, "discount of the best next value", 0, 0.999);

    /// <summary>The exploration scheme: true for Boltzmann, false for ε-greedy.</summary>
    public static readonly ChoiceOption<bool> ExplorationScheme = new("exploration", true, "exploration scheme",
        ("boltzmann", true), ("epsilon-greedy", false));

    /// <summary>Boltzmann temperature at round 0.</summary>
    public static readonly NumberOption Temperature = new("temperature", 0.2, "Boltzmann temperature at round 0, per unit of the range of utilities seen (assumption)", 0);

    /// <summary>ε-greedy exploration probability at round 0.</summary>
    public static readonly NumberOption Epsilon = new("epsilon", 0.1, "epsilon-greedy exploration probability at round 0", 0, 1);

    /// <summary>Geometric decay of temperature or ε per round.</summary>
    public static readonly NumberOption Decay = new("decay", 0.999, "geometric decay of temperature or epsilon per round", 0, 1);

    /// <summary>Lowest temperature or ε.</summary>
    public static readonly NumberOption Floor = new("floor", 0.001, "lowest temperature or epsilon", 0);

    /// <summary>Initial Q-value.</summary>
    public static readonly NumberOption Initial = new("initial", 0, "initial Q-value");

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
    public string Name => RuleName;

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
        public string Name => RuleName;

        /// <inheritdoc />
        public string Description => "stateless Q-learning on realized utility with Boltzmann or epsilon-greedy exploration";

        /// <inheritdoc />
        public IReadOnlyList<LearningOption> Options { get; } = [Alpha, Gamma, ExplorationScheme, Temperature, Epsilon, Decay, Floor, Initial];

        /// <inheritdoc />
        public ILearningRule Create(LearningSpec spec, IReadOnlyList<string> actionLabels) => new QLearningRule(
            actionLabels.Count,
            spec.Get(Alpha),
            spec.Get(Gamma),
            spec.Get(ExplorationScheme),
            spec.Get(Temperature),
            spec.Get(Epsilon),
            spec.Get(Decay),
            spec.Get(Floor),
            spec.Get(Initial));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"q-learning(alpha={_alpha}, gamma={_gamma}, exploration={(_boltzmann ? "boltzmann" : "epsilon-greedy")}, temperature={_temperature}, epsilon={_epsilon}, decay={_decay}, floor={_floor}, initial={_initial})");
}
