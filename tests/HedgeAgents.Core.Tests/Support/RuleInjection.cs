using System.Reflection;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Learning;

namespace HedgeAgents.Core.Tests.Support;

/// <summary>Puts a test-only learning rule in an actor's seat. The registry is closed (static and immutable) and
/// Simulation binds rules from it, so this reaches its private arrays; it fails loudly if they are renamed.</summary>
internal static class RuleInjection
{
    public static void Inject(Simulation simulation, int actor, ILearningRule rule)
    {
        var rules = Field(simulation, "_rules") as ILearningRule?[];
        var learners = Field(simulation, "_learners") as LearnerState?[];
        Assert.That(rules, Is.Not.Null, "Simulation._rules not found: update RuleInjection");
        Assert.That(learners, Is.Not.Null, "Simulation._learners not found: update RuleInjection");
        rules![actor] = rule;
        learners![actor] = rule.CreateState();
    }

    private static object? Field(Simulation simulation, string name) =>
        typeof(Simulation).GetField(name, BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(simulation);
}
