using HedgeAgents.Core.Learning.Rules;

namespace HedgeAgents.Core.Learning;

/// <summary>The registry of learning rules by name.</summary>
public static class LearningRules
{
    /// <summary>Every rule the model knows.</summary>
    public static Registry<ILearningRuleFactory> Registry { get; } = new(
        new ILearningRuleFactory[]
        {
            new FixedRule.Factory(),
            new BestResponseRule.Factory(),
            new QLearningRule.Factory(),
        }.Select(f => (f.Name, f)));
}
