using System.Globalization;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Learning.Rules;

/// <summary>Best response by certainty equivalent, with the commitment evaluation of MODEL.md section 6.</summary>
/// <remarks>
/// Each action is scored at the insurance stocks that holding it sustains; with <c>horizon: H</c> the score is
/// instead the mean over H rounds from the current stocks. <c>inertia</c> keeps last round's action with that
/// probability; <c>temperature</c> &gt; 0 turns the argmax into a logit choice.
/// </remarks>
public sealed class BestResponseRule : ILearningRule
{
    /// <summary>The registry name.</summary>
    public const string RuleName = "best-response";

    /// <summary>Probability of keeping last round's action.</summary>
    public static readonly NumberOption Inertia = new("inertia", 0, "probability of keeping last round's action", 0, 1);

    /// <summary>Logit noise on certainty equivalents.</summary>
    public static readonly NumberOption Temperature = new("temperature", 0, "logit noise on certainty equivalents (0: argmax)", 0);

    /// <summary>Rounds to average over (rounded to a whole number).</summary>
    public static readonly NumberOption Horizon = new("horizon", 0, "rounds to average over from the current stocks (0: stationary stocks)", 0, 10000);

    private readonly double _inertia;
    private readonly double _temperature;
    private readonly int _horizon;
    private readonly int _actionCount;

    /// <summary>Binds the rule.</summary>
    public BestResponseRule(int actionCount, double inertia, double temperature, int horizon)
    {
        _actionCount = actionCount;
        _inertia = inertia;
        _temperature = temperature;
        _horizon = horizon;
    }

    /// <inheritdoc />
    public string Name => RuleName;

    /// <inheritdoc />
    public bool NeedsCounterfactuals => false;

    /// <inheritdoc />
    public LearnerState CreateState() => new EmptyState();

    /// <inheritdoc />
    public int Choose(LearnerState state, IDecisionContext context, ref Xoshiro256StarStar rng)
    {
        // Draw the inertia coin every round so the stream's use does not depend on the history.
        var keep = rng.NextDouble() < _inertia;
        if (keep && context.LastAction >= 0) return context.LastAction;
        Span<double> scores = _actionCount <= 64 ? stackalloc double[_actionCount] : new double[_actionCount];
        for (var i = 0; i < _actionCount; i++)
            scores[i] = _horizon > 0 ? context.ScoreOverHorizon(i, _horizon) : context.Score(i);
        return Choice.DrawLogit(scores, _temperature, ref rng, context.LastAction);
    }

    /// <inheritdoc />
    public void Observe(LearnerState state, in Outcome outcome) { }

    /// <summary>The registry entry.</summary>
    public sealed class Factory : ILearningRuleFactory
    {
        /// <inheritdoc />
        public string Name => RuleName;

        /// <inheritdoc />
        public string Description => "plays the action with the highest certainty equivalent (commitment evaluation)";

        /// <inheritdoc />
        public IReadOnlyList<LearningOption> Options { get; } = [Inertia, Temperature, Horizon];

        /// <inheritdoc />
        public ILearningRule Create(LearningSpec spec, IReadOnlyList<string> actionLabels) =>
            new BestResponseRule(
                actionLabels.Count,
                spec.Get(Inertia),
                spec.Get(Temperature),
                (int)Math.Round(spec.Get(Horizon), MidpointRounding.AwayFromZero));
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"best-response(inertia={_inertia}, temperature={_temperature}, horizon={_horizon})");
}
