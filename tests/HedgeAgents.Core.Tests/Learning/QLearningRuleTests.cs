using HedgeAgents.Core.Learning.Rules;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Tests.Learning;

public class QLearningRuleTests
{
    [TestCase("boltzmann", 0)]
    [TestCase("boltzmann", 1)]
    [TestCase("epsilon-greedy", 0)]
    [TestCase("epsilon-greedy", 1)]
    public void Choose_TwoArmedBanditPayingOneAndZero_EndsPlayingTheGoodArm(string exploration, int good)
    {
        // Given a 2-armed bandit paying 1 on the good arm and 0 on the other (both orientations, so the
        // tie-break toward index 0 cannot pass the test by itself)
        var rule = GameHarness.Create("q-learning", ["a", "b"], ("exploration", exploration));
        var state = rule.CreateState();
        double[] payoffs = good == 0 ? [1.0, 0.0] : [0.0, 1.0];
        var rng = new Xoshiro256StarStar(31);
        var env = new Xoshiro256StarStar(32);

        // When it plays 1000 rounds with default options
        var choices = GameHarness.PlayBandit(rule, state, payoffs, 1000, ref rng, ref env, new StubContext(2));

        // Then over the last 500 rounds it plays the good arm with frequency > 0.9
        var frequency = choices.Skip(500).Count(c => c == good) / 500.0;
        TestContext.Out.WriteLine($"{exploration}, good arm {good}: frequency {frequency:F3}");
        Assert.That(frequency, Is.GreaterThan(0.9));
    }

    [Test]
    public void Observe_OneUpdate_MovesQTowardUtilityByAlpha()
    {
        // Given α = 0.5, γ = 0, Q = (0, 0)
        var rule = GameHarness.Create("q-learning", ["a", "b"], ("alpha", "0.5"));
        var state = (QLearningRule.State)rule.CreateState();

        // When action 1 earns 0.8
        rule.Observe(state, new Core.Learning.Outcome(0, 1, 0.8, ReadOnlySpan<double>.Empty));

        // Then Q(1) = 0 + 0.5·(0.8 − 0) = 0.4 and Q(0) is untouched
        Assert.That(state.Q, Is.EqualTo(new[] { 0.0, 0.4 }));
    }

    [TestCase("boltzmann", 0.2)]
    [TestCase("epsilon-greedy", 0.1)]
    public void Exploration_DecaysGeometricallyToTheFloor(string exploration, double start)
    {
        // Given default decay 0.999 and floor 0.001
        var rule = (QLearningRule)GameHarness.Create("q-learning", ["a", "b"], ("exploration", exploration));

        // When the level is read at rounds 0, 10 and 100 000 / Then it is start, start·0.999^10, and the floor
        Assert.That(rule.Exploration(0), Is.EqualTo(start).Within(1e-15));
        Assert.That(rule.Exploration(10), Is.EqualTo(start * Math.Pow(0.999, 10)).Within(1e-15));
        Assert.That(rule.Exploration(100_000), Is.EqualTo(0.001));
    }

    [Test]
    public void Choose_PrisonersDilemmaSelfPlay_BothEndDefecting()
    {
        // Given two Q-learners in a prisoner's dilemma (0 = cooperate, 1 = defect; T 5 > R 3 > P 1 > S 0)
        double[,] row = { { 3, 0 }, { 5, 1 } };
        double[,] column = { { 3, 5 }, { 0, 1 } };
        var a = GameHarness.Create("q-learning", ["c", "d"], ("exploration", "epsilon-greedy"), ("epsilon", "0.2"));
        var b = GameHarness.Create("q-learning", ["c", "d"], ("exploration", "epsilon-greedy"), ("epsilon", "0.2"));

        // When they play 2000 rounds
        var (rows, cols) = GameHarness.PlayMatrix(a, b, row, column, 2000, 4);

        // Then both defect (the dominant strategy) in more than 90% of the last 500 rounds
        Assert.That(rows.Skip(1500).Count(x => x == 1) / 500.0, Is.GreaterThan(0.9));
        Assert.That(cols.Skip(1500).Count(x => x == 1) / 500.0, Is.GreaterThan(0.9));
    }
}
