using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Learning;

/// <summary>An entry of the rule registry: a name, its options, and how to bind a spec to an action set.</summary>
public interface ILearningRuleFactory
{
    /// <summary>The name used in experiment files (<c>rule: best-response</c>).</summary>
    string Name { get; }

    /// <summary>One line for <c>--help</c> and docs.</summary>
    string Description { get; }

    /// <summary>The options the rule accepts.</summary>
    IReadOnlyList<LearningOption> Options { get; }

    /// <summary>Binds the rule to its options and the actor's action labels. Options are already validated.</summary>
    ILearningRule Create(LearningSpec spec, IReadOnlyList<string> actionLabels);
}
