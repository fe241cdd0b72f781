using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Learning;

/// <summary>A learning rule bound to its options and an action set: generic over actions and payoffs.</summary>
/// <remarks>Rules hold no hidden history: all memory is in the <see cref="LearnerState"/> they create, so
/// they need no clone or reset to be tested, and the RNG is always a parameter.</remarks>
public interface ILearningRule
{
    /// <summary>The registry name.</summary>
    string Name { get; }

    /// <summary>Whether <see cref="Observe"/> needs the counterfactual utilities (they cost a payoff evaluation per action).</summary>
    bool NeedsCounterfactuals { get; }

    /// <summary>Creates a fresh state for this rule.</summary>
    LearnerState CreateState();

    /// <summary>Chooses an action index.</summary>
    int Choose(LearnerState state, IDecisionContext context, ref Xoshiro256StarStar rng);

    /// <summary>Learns from the round's outcome.</summary>
    void Observe(LearnerState state, in Outcome outcome);

    /// <summary>Whether the learner stands for a population whose shares are its state (others then face the shares,
    /// and players of a symmetric game may share one population).</summary>
    bool IsPopulation => false;

    /// <summary>The probability of each action at the next choice where the rule knows it (for reports); false otherwise.</summary>
    bool TryGetMixedStrategy(LearnerState state, Span<double> probabilities) => false;
}
