using HedgeAgents.Core.Learning;
using HedgeAgents.Core.Learning.Rules;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Tests.Support;

/// <summary>A test-only rule that plays a script (round t plays script[t mod length]) and records every outcome,
/// asking for counterfactuals.</summary>
internal sealed class ScriptedRule(params int[] script) : ILearningRule
{
    public sealed record Observation(int Round, int Chosen, double Utility, double[] Counterfactual);

    public List<Observation> Observations { get; } = [];

    public string Name => "scripted";

    public bool NeedsCounterfactuals => true;

    public LearnerState CreateState() => new EmptyState();

    public int Choose(LearnerState state, IDecisionContext context, ref Xoshiro256StarStar rng) =>
        script[context.Round % script.Length];

    public void Observe(LearnerState state, in Outcome outcome) =>
        Observations.Add(new Observation(outcome.Round, outcome.Chosen, outcome.Utility, outcome.Counterfactual.ToArray()));
}
