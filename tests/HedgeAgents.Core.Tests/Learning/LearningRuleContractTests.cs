using HedgeAgents.Core.Games;
using HedgeAgents.Core.Learning;
using HedgeAgents.Core.Learning.Rules;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Tests.Games;
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

    /// <summary>The rules (and variants) that report the mixed strategy of their next choice.</summary>
    public static IEnumerable<TestCaseData> ReportingRules() =>
        Rules().Where(c => ReportsMixedStrategy(Create((string)c.Arguments[0]!, (string[])c.Arguments[1]!)));

    /// <summary>Every registry entry, by name.</summary>
    public static IEnumerable<TestCaseData> RuleNames() =>
        LearningRules.Registry.Names.Select(n => new TestCaseData(n).SetName($"{{m}}({n})"));

    private static bool ReportsMixedStrategy(ILearningRule rule) => rule.TryGetMixedStrategy(rule.CreateState(), new double[Payoffs.Length]);

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

    [TestCaseSource(nameof(ReportingRules))]
    public void TryGetMixedStrategy_EveryRound_IsAProbabilityDistribution(string name, string[] options)
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

            // Then probabilities are in [0, 1] and sum to 1 within 1e-12
            Assert.That(p, Has.All.InRange(0.0, 1.0));
            Assert.That(p.Sum(), Is.EqualTo(1.0).Within(1e-12));
        });

        // And a rule that reports its mixed strategy reports it in every round
        Assert.That(known, Is.EqualTo(100));
    }

    [TestCaseSource(nameof(ReportingRules))]
    public void TryGetMixedStrategy_MidGame_IsTheDistributionOfTheNextChoice(string name, string[] options)
    {
        // Given a rule that has played 60 rounds of the bandit, and the mixed strategy it reports for round 61
        var rule = Create(name, options);
        var state = rule.CreateState();
        var rng = new Xoshiro256StarStar(21);
        var env = new Xoshiro256StarStar(22);
        var context = new StubContext(Payoffs.Length);
        GameHarness.PlayBandit(rule, state, Payoffs, 60, ref rng, ref env, context, noise: 0.2);
        context.Round++;
        var p = new double[Payoffs.Length];
        Assert.That(rule.TryGetMixedStrategy(state, p), Is.True);

        // When round 61's choice is drawn 4000 times, each from a copy of the state with a stream of its own
        const int draws = 4000;
        var saved = state.Save();
        var frequency = new double[Payoffs.Length];
        for (var k = 0; k < draws; k++)
        {
            var copy = rule.CreateState();
            copy.Load(saved);
            var stream = new Xoshiro256StarStar(1000 + (ulong)k);
            frequency[rule.Choose(copy, context, ref stream)] += 1.0 / draws;
        }

        // Then each action's frequency is within 0.035 of its reported probability (4.4 standard errors at p = ½)
        for (var a = 0; a < p.Length; a++)
            Assert.That(frequency[a], Is.EqualTo(p[a]).Within(0.035), $"{name}: action {a}, reported [{string.Join(", ", p)}]");
    }

    [Test]
    public void TryGetMixedStrategy_RulesThatDoNotReportIt_AreTheArgmaxAndRoundDependentOnes()
    {
        // Given every registry entry with its defaults
        // When each is asked for its mixed strategy before play
        var silent = LearningRules.Registry.Names.Where(n => !ReportsMixedStrategy(Create(n, []))).ToArray();

        // Then only best response and fictitious play (an argmax of scores only the context knows) and Q-learning
        // (whose exploration decays with the round, which its state does not hold) keep it to themselves
        Assert.That(silent, Is.EquivalentTo(new[] { BestResponseRule.RuleName, FictitiousPlayRule.RuleName, QLearningRule.RuleName }));
    }

    [TestCaseSource(nameof(RuleNames))]
    public void Create_NoOptionsOrEveryDeclaredDefaultWritten_PlaysIdentically(string name)
    {
        // Given the rule bound with no options, and bound with every declared option written at its default text, on
        // rock–paper–scissors labelled with hedging archetypes (so that fixed's default, equidistance, is an action)
        var factory = LearningRules.Registry.Get(name);
        var game = TextbookGames.RockPaperScissors(["balancing", "equidistance", "bandwagoning"]);
        var bare = World.Rule(name);
        var explicitDefaults = World.Rule(name, [.. factory.Options.Select(o => (o.Name, o.Default))]);
        Assert.That(explicitDefaults.Options, Has.Count.EqualTo(factory.Options.Count));

        foreach (var rounds in new[] { 1, 2, 10, 50, 300 })
        {
            // When both pairs of players play the game for that many rounds with the same seed
            var a = Play(game, factory, bare, rounds);
            var b = Play(game, factory, explicitDefaults, rounds);

            // Then they play the same actions, and end with the same parameters, frequencies and mixed strategies
            Assert.That(b.Profiles, Is.EqualTo(a.Profiles), $"{name}: actions over {rounds} rounds");
            for (var i = 0; i < game.PlayerCount; i++)
            {
                var (x, y) = (a.Result.Players[i], b.Result.Players[i]);
                Assert.That(y.Rule, Is.EqualTo(x.Rule));
                Assert.That(y.Frequency, Is.EqualTo(x.Frequency));
                Assert.That(y.FinalStrategy.HasValue, Is.EqualTo(x.FinalStrategy.HasValue));
                if (x.FinalStrategy is { } strategy) Assert.That(y.FinalStrategy!.Value, Is.EqualTo(strategy), $"{name}: mixed strategy after {rounds} rounds");
            }
        }
        Assert.That(Play(game, factory, bare, 300).Profiles.Distinct().Count(), Is.GreaterThan(name == FixedRule.RuleName ? 0 : 1),
            $"{name}: the comparison is only worth something if play moves");
    }

    private static (int[][] Profiles, GamePlayResult Result) Play(NormalFormGame game, ILearningRuleFactory factory, LearningSpec spec, int rounds)
    {
        var rules = Enumerable.Range(0, game.PlayerCount).Select(i => factory.Create(spec, game.Actions[i])).ToArray();
        var recorder = new ProfileRecorder();
        var result = new GamePlay(game, rules).Run(rounds, 77, recorder);
        return ([.. recorder.Profiles], result);
    }

    private sealed class ProfileRecorder : IGameObserver
    {
        public List<int[]> Profiles { get; } = [];

        public void OnRound(int round, ReadOnlySpan<int> profile, ReadOnlySpan<double> payoffs) => Profiles.Add(profile.ToArray());
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

            // Then a rule of that name is created, numeric defaults lie in their stated range and their text reads back
            // as the typed default, and a choice's default is one of its words
            Assert.That(rule.Name, Is.EqualTo(factory.Name));
            foreach (var o in factory.Options.OfType<NumberOption>())
            {
                Assert.That(o.DefaultValue, Is.InRange(o.Min, o.Max), $"{factory.Name}.{o.Name}");
                Assert.That(double.Parse(o.Default, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(o.DefaultValue), $"{factory.Name}.{o.Name}");
            }
            foreach (var o in factory.Options.Where(o => o.Kind == OptionKind.Choice))
                Assert.That(o.Allowed, Does.Contain(o.Default), $"{factory.Name}.{o.Name}");
            Assert.That(factory.Options.Select(o => o.Name), Is.Unique, factory.Name);
        }
    }
}
