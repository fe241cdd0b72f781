using System.Globalization;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Learning.Rules;

/// <summary>Fictitious play (Brown 1951; weighted, Cheung &amp; Friedman 1997): beliefs about each opponent are its
/// past actions counted with weights that decay by φ per round; the learner best-replies to the product of beliefs,
/// or, with <c>precision</c> &gt; 0, chooses by logit (stochastic fictitious play, Fudenberg &amp; Kreps 1993).</summary>
/// <remarks><c>decay: 1</c> is classic fictitious play, <c>decay: 0</c> Cournot best reply to last round. The
/// expected score of an action sums its score against every opponent profile in the beliefs' support; actions an
/// opponent plays with belief below 10⁻⁴ are left out and, past 4096 profiles, the least likely actions too, so a
/// large game stays tractable (the mass left out is renormalised away).</remarks>
public sealed class FictitiousPlayRule : ILearningRule
{
    /// <summary>The registry name.</summary>
    public const string RuleName = "fictitious-play";

    /// <summary>φ: weight kept by past observations each round.</summary>
    public static readonly NumberOption Decay = new("decay", 1, "phi: weight kept by past observations each round (1: classic fictitious play, 0: Cournot)", 0, 1);

    /// <summary>Logit precision per unit of the range of expected scores.</summary>
    public static readonly NumberOption Precision = new("precision", 0, "logit precision per unit of the range of expected scores (0: exact best reply)", 0);

    /// <summary>Initial count spread over each opponent's actions.</summary>
    public static readonly NumberOption Prior = new("prior", 0, "initial count spread evenly over each opponent's actions", 0);

    /// <summary>Most opponent profiles scored per decision.</summary>
    public const int MaxProfiles = 4096;

    private const double Negligible = 1e-4;
    private readonly int _n;
    private readonly double _decay, _precision, _prior;

    /// <summary>Binds the rule.</summary>
    public FictitiousPlayRule(int actionCount, double decay, double precision, double prior)
    {
        _n = actionCount;
        _decay = decay;
        _precision = precision;
        _prior = prior;
    }

    /// <inheritdoc />
    public string Name => RuleName;

    /// <inheritdoc />
    public bool NeedsCounterfactuals => false;

    /// <inheritdoc />
    public LearnerState CreateState() => new State(_n);

    /// <inheritdoc />
    public int Choose(LearnerState state, IDecisionContext context, ref Xoshiro256StarStar rng)
    {
        var s = (State)state;
        s.Shape(context, _prior);
        var expected = s.Expected;
        ExpectedScores(s, context, expected);
        s.Range.Observe(expected);
        var width = s.Range.Width;
        return _precision > 0 && width > 0
            ? Choice.DrawLogit(expected, width / _precision, ref rng, context.LastAction)
            : Choice.ArgMax(expected, context.LastAction);
    }

    private void ExpectedScores(State s, IDecisionContext context, Span<double> expected)
    {
        expected.Clear();
        var k = s.Beliefs.Length;
        if (k == 0)
        {
            for (var j = 0; j < _n; j++) expected[j] = context.ScoreAgainst(j, ReadOnlySpan<int>.Empty);
            return;
        }
        var profiles = 1L;
        for (var o = 0; o < k; o++) profiles *= s.Support(o, Negligible);
        while (profiles > MaxProfiles) profiles = s.DropLeastLikely(profiles);

        var digit = s.Digit;
        var profile = s.Profile;
        Array.Clear(digit);
        var mass = 0.0;
        while (true)
        {
            var weight = 1.0;
            for (var o = 0; o < k; o++)
            {
                profile[o] = s.SupportActions[o][digit[o]];
                weight *= s.Probability[o][profile[o]];
            }
            mass += weight;
            for (var j = 0; j < _n; j++) expected[j] += weight * context.ScoreAgainst(j, profile);
            var d = k - 1;
            while (d >= 0 && ++digit[d] == s.SupportCount[d]) digit[d--] = 0;
            if (d < 0) break;
        }
        if (mass > 0)
            for (var j = 0; j < _n; j++) expected[j] /= mass;
    }

    /// <inheritdoc />
    public void Observe(LearnerState state, in Outcome outcome)
    {
        var s = (State)state;
        var k = Math.Min(s.Beliefs.Length, outcome.Opponents.Length);
        for (var o = 0; o < k; o++)
        {
            var b = s.Beliefs[o];
            for (var a = 0; a < b.Length; a++) b[a] *= _decay;
            b[outcome.Opponents[o]] += 1;
        }
    }

    /// <summary>Decayed counts of each opponent's actions, the buffers a decision needs, and the score range.</summary>
    public sealed class State : LearnerState
    {
        /// <summary>Creates a state; its belief shape is fixed at the first decision, when the opponents are known.</summary>
        public State(int n) => Expected = new double[n];

        /// <summary>Decayed count of each action of each opponent.</summary>
        public double[][] Beliefs { get; private set; } = [];

        /// <summary>Range of expected scores seen (the logit's unit).</summary>
        public PayoffRange Range;

        internal double[] Expected { get; }
        internal double[][] Probability { get; private set; } = [];
        internal int[][] SupportActions { get; private set; } = [];
        internal int[] SupportCount { get; private set; } = [];
        internal int[] Digit { get; private set; } = [];
        internal int[] Profile { get; private set; } = [];

        internal void Shape(IDecisionContext context, double prior)
        {
            var k = context.OpponentCount;
            var same = Beliefs.Length == k;
            for (var o = 0; same && o < k; o++) same = Beliefs[o].Length == context.OpponentActionCount(o);
            if (same) return;
            var beliefs = new double[k][];
            for (var o = 0; o < k; o++)
            {
                beliefs[o] = new double[context.OpponentActionCount(o)];
                Array.Fill(beliefs[o], prior / beliefs[o].Length);
            }
            Allocate(beliefs);
        }

        private void Allocate(double[][] beliefs)
        {
            Beliefs = beliefs;
            Probability = [.. beliefs.Select(b => new double[b.Length])];
            SupportActions = [.. beliefs.Select(b => new int[b.Length])];
            SupportCount = new int[beliefs.Length];
            Digit = new int[beliefs.Length];
            Profile = new int[beliefs.Length];
        }

        /// <summary>Normalises opponent o's beliefs (uniform before any count) and lists the actions above the threshold.</summary>
        internal int Support(int o, double threshold)
        {
            var b = Beliefs[o];
            var p = Probability[o];
            var total = 0.0;
            foreach (var x in b) total += x;
            var count = 0;
            for (var a = 0; a < b.Length; a++)
            {
                p[a] = total > 0 ? b[a] / total : 1.0 / b.Length;
                if (p[a] >= threshold) SupportActions[o][count++] = a;
            }
            SupportCount[o] = count;
            return count;
        }

        /// <summary>Drops the least likely action of the opponent with the widest support; returns the new profile count.</summary>
        internal long DropLeastLikely(long profiles)
        {
            var widest = 0;
            for (var o = 1; o < SupportCount.Length; o++)
                if (SupportCount[o] > SupportCount[widest]) widest = o;
            var actions = SupportActions[widest];
            var count = SupportCount[widest];
            var least = 0;
            for (var i = 1; i < count; i++)
                if (Probability[widest][actions[i]] < Probability[widest][actions[least]]) least = i;
            for (var i = least; i < count - 1; i++) actions[i] = actions[i + 1];
            SupportCount[widest] = count - 1;
            return profiles / count * (count - 1);
        }

        /// <inheritdoc />
        public override double[] Save()
        {
            var saved = new List<double> { Beliefs.Length };
            foreach (var b in Beliefs) saved.Add(b.Length);
            foreach (var b in Beliefs) saved.AddRange(b);
            saved.Add(Range.Min);
            saved.Add(Range.Max);
            return [.. saved];
        }

        /// <inheritdoc />
        public override void Load(ReadOnlySpan<double> saved)
        {
            var k = (int)saved[0];
            var beliefs = new double[k][];
            var at = 1 + k;
            for (var o = 0; o < k; o++)
            {
                beliefs[o] = saved.Slice(at, (int)saved[1 + o]).ToArray();
                at += beliefs[o].Length;
            }
            Allocate(beliefs);
            Range = PayoffRange.Load(saved[at..]);
        }
    }

    /// <summary>The registry entry.</summary>
    public sealed class Factory : ILearningRuleFactory
    {
        /// <inheritdoc />
        public string Name => RuleName;

        /// <inheritdoc />
        public string Description => "best reply to decayed empirical beliefs about each opponent (Brown 1951; logit: Fudenberg & Kreps 1993)";

        /// <inheritdoc />
        public IReadOnlyList<LearningOption> Options { get; } = [Decay, Precision, Prior];

        /// <inheritdoc />
        public ILearningRule Create(LearningSpec spec, IReadOnlyList<string> actionLabels) => new FictitiousPlayRule(
            actionLabels.Count, spec.Get(Decay), spec.Get(Precision), spec.Get(Prior));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"fictitious-play(decay={_decay}, precision={_precision}, prior={_prior})");
}
