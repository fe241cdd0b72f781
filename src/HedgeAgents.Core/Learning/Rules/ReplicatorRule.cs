using System.Globalization;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Learning.Rules;

/// <summary>Population mode: the actor stands for a population whose action shares follow discrete replicator
/// dynamics, x_j ← x_j·(1 + η·(π_j − π̄)/range); each round one member, drawn by the shares, acts for it.</summary>
/// <remarks>Fitness π_j is the counterfactual payoff of action j against what the others actually played (same
/// random numbers), so the shares follow the replicator equation in expectation. Measuring the fitness gap in
/// payoff ranges keeps every share positive for η ≤ 1. <c>mutation</c> mixes a uniform share back in each round
/// (the replicator–mutator equation).</remarks>
public sealed class ReplicatorRule : ILearningRule
{
    /// <summary>The registry name.</summary>
    public const string RuleName = "replicator";

    /// <summary>η: step of the replicator update.</summary>
    public static readonly NumberOption Rate = new("rate", 0.05, "eta: step of the replicator update per unit of fitness gap in payoff ranges (assumption)", 0, 1);

    /// <summary>Share mixed back uniformly each round.</summary>
    public static readonly NumberOption Mutation = new("mutation", 0, "share mixed back uniformly each round (replicator-mutator)", 0, 1);

    private readonly int _n;
    private readonly double _rate, _mutation;

    /// <summary>Binds the rule.</summary>
    public ReplicatorRule(int actionCount, double rate, double mutation)
    {
        _n = actionCount;
        _rate = rate;
        _mutation = mutation;
    }

    /// <inheritdoc />
    public string Name => RuleName;

    /// <inheritdoc />
    public bool NeedsCounterfactuals => true;

    /// <inheritdoc />
    public bool IsPopulation => true;

    /// <inheritdoc />
    public LearnerState CreateState() => new State(_n);

    /// <inheritdoc />
    public int Choose(LearnerState state, IDecisionContext context, ref Xoshiro256StarStar rng) =>
        rng.NextIndex(((State)state).Shares);

    /// <inheritdoc />
    public void Observe(LearnerState state, in Outcome outcome)
    {
        var s = (State)state;
        var fitness = outcome.Counterfactual;
        s.Range.Observe(fitness);
        var x = s.Shares;
        var mean = 0.0;
        for (var j = 0; j < _n; j++) mean += x[j] * fitness[j];
        var total = 0.0;
        for (var j = 0; j < _n; j++)
        {
            x[j] *= Math.Max(0.0, 1 + _rate * s.Range.Scale(fitness[j] - mean));
            total += x[j];
        }
        for (var j = 0; j < _n; j++) x[j] = (1 - _mutation) * x[j] / total + _mutation / _n;
    }

    /// <inheritdoc />
    public bool TryGetMixedStrategy(LearnerState state, Span<double> probabilities)
    {
        ((State)state).Shares.CopyTo(probabilities);
        return true;
    }

    /// <summary>The population's shares and the payoff range.</summary>
    public sealed class State : LearnerState
    {
        /// <summary>Creates equal shares.</summary>
        public State(int n)
        {
            Shares = new double[n];
            Array.Fill(Shares, 1.0 / n);
        }

        /// <summary>Share of the population playing each action.</summary>
        public double[] Shares { get; }

        /// <summary>Payoffs seen so far.</summary>
        public PayoffRange Range;

        /// <inheritdoc />
        public override double[] Save()
        {
            var saved = new double[Shares.Length + 2];
            Shares.CopyTo(saved, 0);
            Range.Save(saved.AsSpan(Shares.Length));
            return saved;
        }

        /// <inheritdoc />
        public override void Load(ReadOnlySpan<double> saved)
        {
            saved[..Shares.Length].CopyTo(Shares);
            Range = PayoffRange.Load(saved[Shares.Length..]);
        }
    }

    /// <summary>The registry entry.</summary>
    public sealed class Factory : ILearningRuleFactory
    {
        /// <inheritdoc />
        public string Name => RuleName;

        /// <inheritdoc />
        public string Description => "population mode: action shares follow discrete replicator dynamics";

        /// <inheritdoc />
        public IReadOnlyList<LearningOption> Options { get; } = [Rate, Mutation];

        /// <inheritdoc />
        public ILearningRule Create(LearningSpec spec, IReadOnlyList<string> actionLabels) =>
            new ReplicatorRule(actionLabels.Count, spec.Get(Rate), spec.Get(Mutation));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"replicator(rate={_rate}, mutation={_mutation})");
}
