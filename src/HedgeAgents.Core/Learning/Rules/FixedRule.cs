using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Learning.Rules;

/// <summary>Always plays one action (<c>rule: fixed, action: hedging</c>): the control arm of every experiment.</summary>
public sealed class FixedRule : ILearningRule
{
    /// <summary>The registry name.</summary>
    public const string RuleName = "fixed";

    /// <summary>The action to hold.</summary>
    public static readonly ActionOption HeldAction = new("action", "equidistance",
        "the action to hold, e.g. hedging or bandwagoning:CHN (default: equidistance, or a game's first action)");

    private readonly int _action;

    /// <summary>Binds the rule to an action index.</summary>
    public FixedRule(int action) => _action = action;

    /// <inheritdoc />
    public string Name => RuleName;

    /// <inheritdoc />
    public bool NeedsCounterfactuals => false;

    /// <inheritdoc />
    public LearnerState CreateState() => new EmptyState();

    /// <inheritdoc />
    public int Choose(LearnerState state, IDecisionContext context, ref Xoshiro256StarStar rng) => _action;

    /// <inheritdoc />
    public void Observe(LearnerState state, in Outcome outcome) { }

    /// <inheritdoc />
    public bool TryGetMixedStrategy(LearnerState state, Span<double> probabilities)
    {
        probabilities.Clear();
        probabilities[_action] = 1.0;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"fixed(action={_action})";

    /// <summary>The registry entry.</summary>
    public sealed class Factory : ILearningRuleFactory
    {
        /// <inheritdoc />
        public string Name => RuleName;

        /// <inheritdoc />
        public string Description => "always plays the given action";

        /// <inheritdoc />
        public IReadOnlyList<LearningOption> Options { get; } = [HeldAction];

        /// <inheritdoc />
        public ILearningRule Create(LearningSpec spec, IReadOnlyList<string> actionLabels)
        {
            // Outside the hedging model there may be no equidistance: hold the first action unless told otherwise.
            var fallback = IndexOfLabel(actionLabels, HeldAction.DefaultValue) >= 0 || actionLabels.Count == 0 ? HeldAction.DefaultValue : actionLabels[0];
            var label = spec.Get(HeldAction, fallback);
            var index = IndexOfLabel(actionLabels, label);
            if (index < 0)
                throw new ArgumentException($"action '{label}' is not available; valid: {string.Join(", ", actionLabels)}");
            return new FixedRule(index);
        }
    }

    /// <summary>Index of a label in an action set, ignoring case, or −1.</summary>
    public static int IndexOfLabel(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
            if (string.Equals(labels[i], label.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
