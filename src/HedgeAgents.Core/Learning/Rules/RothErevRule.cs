using System.Globalization;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Learning.Rules;

/// <summary>Roth–Erev reinforcement (Erev &amp; Roth 1998, three-parameter model): propensities
/// q ← (1−φ)q + E, the chosen action reinforced by (1−ε)R and each other by εR/(n−1); play in proportion to q.</summary>
/// <remarks>The reinforcement R is the realized payoff's position in the range of payoffs seen so far (Erev and
/// Roth subtract the smallest payoff), so φ, ε and the initial strength mean the same whatever the payoff units.</remarks>
public sealed class RothErevRule : ILearningRule
{
    /// <summary>The registry name.</summary>
    public const string RuleName = "roth-erev";

    /// <summary>φ: share of propensity forgotten each round.</summary>
    public static readonly NumberOption Forgetting = new("forgetting", 0.1, "phi: share of propensity forgotten each round (Erev & Roth 1998)", 0, 1);

    /// <summary>ε: share of reinforcement spread over the other actions.</summary>
    public static readonly NumberOption Experimentation = new("experimentation", 0.2, "epsilon: share of reinforcement spread over the other actions (Erev & Roth 1998)", 0, 1);

    /// <summary>s(1): sum of initial propensities.</summary>
    public static readonly NumberOption Strength = new("strength", 9, "s(1): sum of initial propensities, in units of the payoff range (Erev & Roth 1998)", 0.000001);

    private readonly int _n;
    private readonly double _forgetting, _experimentation, _strength;

    /// <summary>Binds the rule.</summary>
    public RothErevRule(int actionCount, double forgetting, double experimentation, double strength)
    {
        _n = actionCount;
        _forgetting = forgetting;
        _experimentation = experimentation;
        _strength = strength;
    }

    /// <inheritdoc />
    public string Name => RuleName;

    /// <inheritdoc />
    public bool NeedsCounterfactuals => false;

    /// <inheritdoc />
    public LearnerState CreateState() => new State(_n, _strength / _n);

    /// <inheritdoc />
    public int Choose(LearnerState state, IDecisionContext context, ref Xoshiro256StarStar rng) =>
        rng.NextIndex(((State)state).Propensity);

    /// <inheritdoc />
    public void Observe(LearnerState state, in Outcome outcome)
    {
        var s = (State)state;
        s.Range.Observe(outcome.Utility);
        var r = s.Range.Position(outcome.Utility);
        var spill = _n > 1 ? _experimentation * r / (_n - 1) : 0.0;
        for (var j = 0; j < _n; j++)
            s.Propensity[j] = (1 - _forgetting) * s.Propensity[j] + (j == outcome.Chosen ? (_n > 1 ? 1 - _experimentation : 1) * r : spill);
    }

    /// <inheritdoc />
    public bool TryGetMixedStrategy(LearnerState state, Span<double> probabilities)
    {
        var q = ((State)state).Propensity;
        var total = 0.0;
        foreach (var x in q) total += x;
        for (var j = 0; j < _n; j++) probabilities[j] = total > 0 ? q[j] / total : 1.0 / _n;
        return true;
    }

    /// <summary>Propensities and the payoff range.</summary>
    public sealed class State : LearnerState
    {
        /// <summary>Creates equal initial propensities.</summary>
        public State(int n, double initial)
        {
            Propensity = new double[n];
            Array.Fill(Propensity, initial);
        }

        /// <summary>Propensity of each action.</summary>
        public double[] Propensity { get; }

        /// <summary>Payoffs seen so far.</summary>
        public PayoffRange Range;

        /// <inheritdoc />
        public override double[] Save()
        {
            var saved = new double[Propensity.Length + 2];
            Propensity.CopyTo(saved, 0);
            Range.Save(saved.AsSpan(Propensity.Length));
            return saved;
        }

        /// <inheritdoc />
        public override void Load(ReadOnlySpan<double> saved)
        {
            saved[..Propensity.Length].CopyTo(Propensity);
            Range = PayoffRange.Load(saved[Propensity.Length..]);
        }
    }

    /// <summary>The registry entry.</summary>
    public sealed class Factory : ILearningRuleFactory
    {
        /// <inheritdoc />
        public string Name => RuleName;

        /// <inheritdoc />
        public string Description => "reinforcement of propensities with forgetting and experimentation (Erev & Roth 1998)";

        /// <inheritdoc />
        public IReadOnlyList<LearningOption> Options { get; } = [Forgetting, Experimentation, Strength];

        /// <inheritdoc />
        public ILearningRule Create(LearningSpec spec, IReadOnlyList<string> actionLabels) => new RothErevRule(
            actionLabels.Count, spec.Get(Forgetting), spec.Get(Experimentation), spec.Get(Strength));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"roth-erev(forgetting={_forgetting}, experimentation={_experimentation}, strength={_strength})");
}
