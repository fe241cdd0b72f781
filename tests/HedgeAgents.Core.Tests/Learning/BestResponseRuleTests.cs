using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Tests.Learning;

public class BestResponseRuleTests
{
    private static readonly double[] Scores = [0.9, 0.1, 0.3, 0.2];

    [Test]
    public void Choose_InertiaOne_KeepsLastAction()
    {
        // Given inertia 1, a last action of 2, and scores that favour action 0
        var rule = GameHarness.Create("best-response", ["a", "b", "c", "d"], ("inertia", "1"));
        var state = rule.CreateState();
        var context = new StubContext(4) { Scores = Scores, LastAction = 2, Round = 5 };
        var rng = new Xoshiro256StarStar(1);

        // When it chooses 200 times / Then it keeps action 2 every time
        for (var i = 0; i < 200; i++) Assert.That(rule.Choose(state, context, ref rng), Is.EqualTo(2));
    }

    [Test]
    public void Choose_InertiaOneBeforeFirstRound_PlaysTheBestAction()
    {
        // Given inertia 1 but no last action yet
        var rule = GameHarness.Create("best-response", ["a", "b", "c", "d"], ("inertia", "1"));
        var context = new StubContext(4) { Scores = Scores, LastAction = -1 };
        var rng = new Xoshiro256StarStar(1);

        // When it chooses / Then it plays the argmax
        Assert.That(rule.Choose(rule.CreateState(), context, ref rng), Is.EqualTo(0));
    }

    [TestCase("0", 1.0)]
    [TestCase("0.5", 0.5)]
    public void Choose_Inertia_KeepsLastActionWithThatProbabilityElseBest(string inertia, double bestShare)
    {
        // Given a last action of 2 and scores favouring 0
        var rule = GameHarness.Create("best-response", ["a", "b", "c", "d"], ("inertia", inertia));
        var context = new StubContext(4) { Scores = Scores, LastAction = 2 };
        var rng = new Xoshiro256StarStar(3);
        const int n = 20_000;

        // When it chooses n times
        var best = Enumerable.Range(0, n).Count(_ => rule.Choose(rule.CreateState(), context, ref rng) == 0);

        // Then it plays the best action with probability 1 − inertia, within 5 binomial standard errors
        Assert.That(best / (double)n, Is.EqualTo(bestShare).Within(5 * Math.Sqrt(0.25 / n) + 1e-12));
    }

    [Test]
    public void Choose_PrisonersDilemma_DefectsFromTheStart()
    {
        // Given two best responders in a prisoner's dilemma (0 = cooperate, 1 = defect)
        double[,] row = { { 3, 0 }, { 5, 1 } };
        double[,] column = { { 3, 5 }, { 0, 1 } };
        var a = GameHarness.Create("best-response", ["c", "d"]);
        var b = GameHarness.Create("best-response", ["c", "d"]);

        // When they play 20 rounds / Then both defect in every round (defection is dominant)
        var (rows, cols) = GameHarness.PlayMatrix(a, b, row, column, 20, 1);
        Assert.That(rows, Has.All.EqualTo(1));
        Assert.That(cols, Has.All.EqualTo(1));
    }
}
