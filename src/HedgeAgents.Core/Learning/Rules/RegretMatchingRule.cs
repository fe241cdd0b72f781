using System.Globalization;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Learning.Rules;

/// <summary>Regret matching (Hart &amp; Mas-Colell 2000): having played j, switch to k with probability
/// max(0, D(j,k))/μ, where D(j,k) is the average gain over past rounds of having played k whenever j was played;
/// stay with j otherwise. The empirical joint play converges to the set of correlated equilibria.</summary>
/// <remarks>The gains come from the model's exact counterfactuals. With <c>mu: 0</c> (the default) μ is (n−1) times
/// the range of payoffs seen: no average regret exceeds the range, so the switching probabilities cannot sum
/// past one, as the theorem requires, and the user need not know the payoff bound.</remarks>
public sealed class RegretMatchingRule : ILearningRule
{
    /// <summary>The registry name.</summary>
    public const string RuleName = "regret-matching";

    /// <summary>The inertia constant μ.</summary>
    public static readonly NumberOption Mu = new("mu", 0, "inertia constant mu in payoff units (0: (n-1) times the payoff range seen)", 0);

    private readonly int _n;
    private readonly double _mu;

    /// <summary>Binds the rule.</summary>
    public RegretMatchingRule(int actionCount, double mu)
    {
        _n = actionCount;
        _mu = mu;
    }

    /// <inheritdoc />
    public string Name => RuleName;

    /// <inheritdoc />
    public bool NeedsCounterfactuals => true;

    /// <inheritdoc />
    public LearnerState CreateState() => new State(_n);

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
        var j = outcome.Chosen;
        for (var k = 0; k < _n; k++)
            if (k != j) s.Regret[j * _n + k] += outcome.Counterfactual[k] - outcome.Utility;
        s.Rounds++;
        s.Last = j;
    }

    /// <inheritdoc />
    public bool TryGetMixedStrategy(LearnerState state, Span<double> probabilities)
    {
        Probabilities((State)state, probabilities);
        return true;
    }

    private void Probabilities(State s, Span<double> p)
    {
        p = p[.._n];
        if (s.Last < 0 || s.Rounds == 0)
        {
            p.Fill(1.0 / _n);
            return;
        }
        var j = s.Last;
        var mu = _mu > 0 ? _mu : Math.Max(1, _n - 1) * s.Range.Width;
        var moved = 0.0;
        for (var k = 0; k < _n; k++)
        {
            if (k == j) continue;
            var d = Math.Max(0.0, s.Regret[j * _n + k] / s.Rounds);
            p[k] = mu > 0 ? d / mu : 0.0;
            moved += p[k];
        }
        // A user-set μ below the theorem's bound could push the switching mass past one: renormalise rather than fail.
        if (moved > 1)
        {
            for (var k = 0; k < _n; k++) p[k] /= moved;
            moved = 1;
        }
        p[j] = 1 - moved;
    }

    /// <summary>Cumulative regrets, rounds played, last action and the payoff range.</summary>
    public sealed class State : LearnerState
    {
        /// <summary>Creates a state with no history.</summary>
        public State(int n) => Regret = new double[n * n];

        /// <summary>Cumulative regret of not having played k when j was played, at [j·n + k].</summary>
        public double[] Regret { get; }

        /// <summary>Rounds observed.</summary>
        public double Rounds { get; set; }

        /// <summary>The last action played, or −1.</summary>
        public int Last { get; set; } = -1;

        /// <summary>Payoffs seen so far.</summary>
        public PayoffRange Range;

        /// <inheritdoc />
        public override double[] Save()
        {
            var saved = new double[Regret.Length + 4];
            Regret.CopyTo(saved, 0);
            saved[Regret.Length] = Rounds;
            saved[Regret.Length + 1] = Last;
            Range.Save(saved.AsSpan(Regret.Length + 2));
            return saved;
        }

        /// <inheritdoc />
        public override void Load(ReadOnlySpan<double> saved)
        {
            var m = Regret.Length;
            saved[..m].CopyTo(Regret);
            Rounds = saved[m];
            Last = (int)saved[m + 1];
            Range = PayoffRange.Load(saved[(m + 2)..]);
        }
    }

    /// <summary>The registry entry.</summary>
    public sealed class Factory : ILearningRuleFactory
    {
        /// <inheritdoc />
        public string Name => RuleName;

        /// <inheritdoc />
        public string Description => "switches in proportion to average conditional regret (Hart & Mas-Colell 2000)";

        /// <inheritdoc />
        public IReadOnlyList<LearningOption> Options { get; } = [Mu];

        /// <inheritdoc />
        public ILearningRule Create(LearningSpec spec, IReadOnlyList<string> actionLabels) =>
            new RegretMatchingRule(actionLabels.Count, spec.Get(Mu));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"regret-matching(mu={_mu})");
}
