using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Learning;
using HedgeAgents.Core.Tests.Support;

namespace HedgeAgents.Core.Tests.Learning;

/// <summary>The rule contract inside the hedging model, where rules meet opponents, beliefs and counterfactuals:
/// every registry rule, given to every choosing actor, gives the same play for the same seed, keeps a state that
/// round-trips, and reports only probability distributions.</summary>
public class ModelContractTests
{
    private static IEnumerable<TestCaseData> Rules() =>
        LearningRules.Registry.Names.Select(n => new TestCaseData(n).SetName($"{{m}}({n})"));

    private static Parameters.RunSpec Spec(string rule)
    {
        var p = World.Build([0.3, 0.5, 0.4, 0.2, 0.1, 0.15], sigma: 0.3, hazard: 0.25, rivalry: 0.6, learning: World.Rule(rule));
        p = p with
        {
            Actors = [.. p.Actors.Select(a => a.Kind == Parameters.ActorKind.Partner ? a : a with { Learning = World.Rule(rule) })],
        };
        return World.Spec(p, rounds: 60, burnIn: 0);
    }

    private sealed class Probe(ILearningRule?[] rules, Simulation sim) : IRoundObserver
    {
        public List<string> Problems { get; } = [];

        public void OnRound(RoundView view)
        {
            for (var i = 0; i < rules.Length; i++)
            {
                var state = sim.LearnerOf(i);
                if (state is null || rules[i] is not { } rule) continue;
                var p = new double[view.Model.Actions[i].Length];
                if (rule.TryGetMixedStrategy(state, p) && (p.Any(x => x is < 0 or > 1 || double.IsNaN(x)) || Math.Abs(p.Sum() - 1) > 1e-9))
                    Problems.Add($"round {view.Round}, actor {i}: [{string.Join(", ", p)}]");
            }
        }
    }

    [TestCaseSource(nameof(Rules))]
    public void Run_EveryActorLearningWithTheRule_SameSeedSameTraceAndStatesRoundTrip(string rule)
    {
        // Given a turbulent world in which every choosing actor learns with the rule
        var spec = Spec(rule);

        // When it is run twice with one seed
        var first = TraceObserver.Run(spec, 99).Fingerprint();
        var second = TraceObserver.Run(spec, 99).Fingerprint();

        // Then the traces are identical
        Assert.That(second, Is.EqualTo(first));

        // And after a run every learner's state loads into a fresh state and saves back unchanged, and every mixed
        // strategy reported on the way is a distribution
        var sim = new Simulation(spec, 5);
        var model = new CompiledModel(spec.Initial);
        var rules = Enumerable.Range(0, model.ActorCount)
            .Select(i => model.Chooses(i) ? LearningRules.Registry.Get(spec.Initial.Actors[i].Learning.Rule).Create(spec.Initial.Actors[i].Learning, model.ActionLabels[i]) : null)
            .ToArray();
        var probe = new Probe(rules, sim);
        sim.Run(probe);
        Assert.That(probe.Problems, Is.Empty);
        for (var i = 0; i < model.ActorCount; i++)
        {
            if (rules[i] is not { } r) continue;
            var saved = sim.LearnerOf(i)!.Save();
            var fresh = r.CreateState();
            fresh.Load(saved);
            Assert.That(fresh.Save(), Is.EqualTo(saved), $"actor {i}");
        }
    }
}
