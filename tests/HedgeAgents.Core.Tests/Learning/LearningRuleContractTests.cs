using HedgeAgents.Core.Learning;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Tests.Learning;

/// <summary>The contract every rule in <see cref="LearningRules.Registry"/> must keep (Axelrod-style inherited tests):
/// a new rule is picked up from the registry automatically.</summary>
public class LearningRuleContractTests
{
    private static readonly double[] Payoffs = [0.1, 0.2, 0.5, 0.3, 0.4, 0.45];

    /// <summary>Every registry entry with default options, plus variants that switch on other code paths.</summary>
    public static IEnumerable<TestCaseData> Rules()
    {
        foreach (var name in LearningRules.Registry.Names)
            yield return new TestCaseData(name, Array.Empty<string>()).SetName($"{{m}}({name})");
        yield return new TestCaseData("q-learning", new[] { "exploration", "epsilon-greedy", "epsilon", "0.3" }).SetName("{m}(q-learning, epsilon-greedy)");
        yield return new TestCaseData("best-response", new[] { "inertia", "0.4", "temperature", "0.1" }).SetName("{m}(best-response, inertia+logit)");
        yield return new TestCaseData("fixed", new[] { "action", "hedging" }).SetName("{m}(fixed, hedging)");
    }

    private static ILearningRule Create(string name, string[] options) =>
        GameHarness.Create(name, GameHarness.SixLabels, [.. options.Chunk(2).Select(kv => (kv[0], kv[1]))]);

    private static int[] Play(ILearningRule rule, LearnerState state, ulong seed, int rounds, StubContext? context = null)
    {
        var rng = new Xoshiro256StarStar(seed);
        var env = new Xoshiro256StarStar(seed + 1);
        return GameHarness.PlayBandit(rule, state, Payoffs, rounds, ref rng, ref env, context ?? new StubContext(Payoffs.Length), noise: 0.2);
    }

    [TestCaseSource(nameof(Rules))]
    public void Choose_SameSeed_SameSequenceOfChoices(string name, string[] options)
    {
        // Given two fresh bindings of the rule
        var a = Create(name, options);
        var b = Create(name, options);

        // When each plays 300 rounds of a noisy 6-armed bandit with the same seed
        var first = Play(a, a.CreateState(), 123, 300);
        var second = Play(b, b.CreateState(), 123, 300);

        // Then the choices are identical, and every choice is a valid action index
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Has.All.InRange(0, Payoffs.Length - 1));
        Assert.That(a.Name, Is.EqualTo(name));
    }

    [TestCaseSource(nameof(Rules))]
    public void SaveLoad_MidGame_ChoicesAfterReloadEqualChoicesWithout(string name, string[] options)
    {
        // Given a learner that has played 150 rounds
        var rule = Create(name, options);
        var state = rule.CreateState();
        var rng = new Xoshiro256StarStar(5);
        var env = new Xoshiro256StarStar(6);
        var context = new StubContext(Payoffs.Length);
        GameHarness.PlayBandit(rule, state, Payoffs, 150, ref rng, ref env, context, noise: 0.2);

        // When its state is saved and loaded into a fresh state, and both continue from copies of the same streams
        var saved = state.Save();
        var reloaded = rule.CreateState();
        reloaded.Load(saved);
        var (rng2, env2) = (rng, env);
        var context2 = new StubContext(Payoffs.Length) { Round = context.Round, LastAction = context.LastAction };
        var without = GameHarness.PlayBandit(rule, state, Payoffs, 150, ref rng, ref env, context, noise: 0.2);
        var after = GameHarness.PlayBandit(rule, reloaded, Payoffs, 150, ref rng2, ref env2, context2, noise: 0.2);

        // Then the saved vector round-trips and the continuations are identical
        Assert.That(after, Is.EqualTo(without));
        Assert.That(reloaded.Save(), Is.EqualTo(state.Save()));
    }

    [TestCaseSource(nameof(Rules))]
    public void TryGetMixedStrategy_WhenKnown_IsAProbabilityDistribution(string name, string[] options)
    {
        // Given a rule playing a bandit
        var rule = Create(name, options);
        var state = rule.CreateState();
        var rng = new Xoshiro256StarStar(9);
        var env = new Xoshiro256StarStar(10);
        var p = new double[Payoffs.Length];
        var known = 0;

        // When its mixed strategy is asked for after every round
        GameHarness.PlayBandit(rule, state, Payoffs, 100, ref rng, ref env, new StubContext(Payoffs.Length), 0.2, _ =>
        {
            if (!rule.TryGetMixedStrategy(state, p)) return;
            known++;

            // Then, where known, probabilities are in [0, 1] and sum to 1 within 1e-12
            Assert.That(p, Has.All.InRange(0.0, 1.0));
            Assert.That(p.Sum(), Is.EqualTo(1.0).Within(1e-12));
        });
        TestContext.Out.WriteLine($"{name}: mixed strategy known in {known} of 100 rounds");
    }

    [Test]
    public void Registry_EveryFactory_HasOptionsWithValidDefaultsAndCreatesARuleOfItsName()
    {
        // Given every registry entry
        foreach (var factory in LearningRules.Registry.Entries)
        {
            // When each option is set to its stated default
            var options = factory.Options.Select(o => (o.Name, o.Default)).ToArray();
            var rule = GameHarness.Create(factory.Name, GameHarness.SixLabels, options);

            // Then a rule of that name is created, and numeric defaults lie in their stated range
            Assert.That(rule.Name, Is.EqualTo(factory.Name));
            foreach (var o in factory.Options.Where(o => o.Kind == OptionKind.Number))
                Assert.That(double.Parse(o.Default, System.Globalization.CultureInfo.InvariantCulture), Is.InRange(o.Min, o.Max), $"{factory.Name}.{o.Name}");
        }
    }
}
