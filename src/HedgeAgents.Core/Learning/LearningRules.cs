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
            new FictitiousPlayRule.Factory(),
            new RothErevRule.Factory(),
            new EwaRule.Factory(),
            new RegretMatchingRule.Factory(),
            new ImitationRule.Factory(),
            new ReplicatorRule.Factory(),
        }.Select(f => (f.Name, f)));
}
