using System.Globalization;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Learning.Rules;

/// <summary>Experience-weighted attraction (Camerer &amp; Ho 1999): N ← ρN + 1 and
/// A_j ← (φ·N_prev·A_j + (δ + (1−δ)·1[j chosen])·π_j) / N, with logit choice P_j ∝ exp(λ·A_j).</summary>
/// <remarks>Foregone payoffs π_j are the model's exact counterfactuals (same random numbers). Attractions are
/// payoff-weighted averages, so λ is stated per unit of the range of payoffs seen: the same λ then means the
/// same sharpness in a textbook game and in the hedging model.</remarks>
public sealed class EwaRule : ILearningRule
{
    /// <summary>The registry name.</summary>
    public const string RuleName = "ewa";

    /// <summary>φ: decay of past attractions.</summary>
    public static readonly NumberOption Phi = new("phi", 0.9, "decay of past attractions (Camerer & Ho 1999 estimates lie near 0.9)", 0, 1);

    /// <summary>ρ: decay of the experience weight.</summary>
    public static readonly NumberOption Rho = new("rho", 0.9, "decay of the experience weight N (rho = phi: weighted fictitious play; 0: cumulative reinforcement)", 0, 1);

    /// <summary>δ: weight of foregone payoffs.</summary>
    public static readonly NumberOption Delta = new("delta", 0.5, "weight of foregone payoffs (0: reinforcement, 1: belief learning)", 0, 1);

    /// <summary>λ: logit precision per unit of the payoff range seen.</summary>
    public static readonly NumberOption Lambda = new("lambda", 20, "logit precision per unit of the payoff range seen (assumption)", 0);

    /// <summary>N(0): initial experience.</summary>
    public static readonly NumberOption InitialExperience = new("experience", 1, "initial experience N(0)", 0);

    private readonly int _n;
    private readonly double _phi, _rho, _delta, _lambda, _experience;

    /// <summary>Binds the rule.</summary>
    public EwaRule(int actionCount, double phi, double rho, double delta, double lambda, double experience)
    {
        _n = actionCount;
        _phi = phi;
        _rho = rho;
        _delta = delta;
        _lambda = lambda;
        _experience = experience;
    }

    /// <inheritdoc />
    public string Name => RuleName;

    /// <inheritdoc />
    public bool NeedsCounterfactuals => true;

    /// <inheritdoc />
    public LearnerState CreateState() => new State(_n, _experience);

    /// <inheritdoc />
    public int Choose(LearnerState state, IDecisionContext context, ref Xoshiro256StarStar rng)
    {
        Span<double> p = _n <= 64 ? stackalloc double[_n] : new double[_n];
        Probabilities((State)state, p);
        return rng.NextIndex(p);
    }

    /// <inheritdoc />
    public void Observe(LearnerState state, in Outcome outcome)
    {
        var s = (State)state;
        s.Range.Observe(outcome.Counterfactual);
        s.Range.Observe(outcome.Utility);
        var previous = s.Experience;
        s.Experience = _rho * previous + 1;
        for (var j = 0; j < _n; j++)
        {
            var payoff = j == outcome.Chosen ? outcome.Utility : outcome.Counterfactual[j];
            var weight = _delta + (1 - _delta) * (j == outcome.Chosen ? 1 : 0);
            s.Attraction[j] = (_phi * previous * s.Attraction[j] + weight * payoff) / s.Experience;
        }
    }

    /// <inheritdoc />
    public bool TryGetMixedStrategy(LearnerState state, Span<double> probabilities)
    {
        Probabilities((State)state, probabilities);
        return true;
    }

    private void Probabilities(State s, Span<double> p)
    {
        var width = s.Range.Width;
        if (!(width > 0) || !(_lambda > 0))
        {
            p[.._n].Fill(1.0 / _n);
            return;
        }
        Choice.Logit(s.Attraction, width / _lambda, p[.._n]);
    }

    /// <summary>Attractions, experience and the payoff range.</summary>
    public sealed class State : LearnerState
    {
        /// <summary>Creates zero attractions with initial experience N(0).</summary>
        public State(int n, double experience)
        {
            Attraction = new double[n];
            Experience = experience;
        }

        /// <summary>Attraction A_j of each action.</summary>
        public double[] Attraction { get; }

        /// <summary>Experience weight N.</summary>
        public double Experience { get; set; }

        /// <summary>Payoffs seen so far.</summary>
        public PayoffRange Range;

        /// <inheritdoc />
        public override double[] Save()
        {
            var n = Attraction.Length;
            var saved = new double[n + 3];
            Attraction.CopyTo(saved, 0);
            saved[n] = Experience;
            Range.Save(saved.AsSpan(n + 1));
            return saved;
        }

        /// <inheritdoc />
        public override void Load(ReadOnlySpan<double> saved)
        {
            var n = Attraction.Length;
            saved[..n].CopyTo(Attraction);
            Experience = saved[n];
            Range = PayoffRange.Load(saved[(n + 1)..]);
        }
    }

    /// <summary>The registry entry.</summary>
    public sealed class Factory : ILearningRuleFactory
    {
        /// <inheritdoc />
        public string Name => RuleName;

        /// <inheritdoc />
        public string Description => "experience-weighted attraction with logit choice (Camerer & Ho 1999)";

        /// <inheritdoc />
        public IReadOnlyList<LearningOption> Options { get; } = [Phi, Rho, Delta, Lambda, InitialExperience];

        /// <inheritdoc />
        public ILearningRule Create(LearningSpec spec, IReadOnlyList<string> actionLabels) => new EwaRule(
            actionLabels.Count, spec.Get(Phi), spec.Get(Rho), spec.Get(Delta), spec.Get(Lambda), spec.Get(InitialExperience));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ewa(phi={_phi}, rho={_rho}, delta={_delta}, lambda={_lambda}, experience={_experience})");
}
