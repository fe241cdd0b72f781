using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Core.Engine;

namespace HedgeAgents.Core.Tests.Engine;

public class HedgingPortfolioTests
{
    /// <summary>A random instance: returns μ in [−2, 2], curvatures q in [0, 3] (a third of them exactly 0), cap in [0.05, 1].</summary>
    public sealed record Instance(double[] Mu, double[] Q, double Cap)
    {
        public override string ToString() =>
            $"mu=[{string.Join(", ", Mu)}] q=[{string.Join(", ", Q)}] cap={Cap}";
    }

    private static Arbitrary<Instance> Instances(double qMin) =>
        (from n in Gen.Choose(1, 8)
         from mu in Gen.ArrayOf(Gen.Choose(-200, 200).Select(x => x / 100.0), n)
         from q in Gen.ArrayOf(qMin > 0
             ? Gen.Choose((int)(qMin * 100), 300).Select(x => x / 100.0)
             : Gen.Frequency((1, Gen.Constant(0.0)), (2, Gen.Choose(1, 300).Select(x => x / 100.0))), n)
         from cap in Gen.Choose(5, 100).Select(x => x / 100.0)
         select new Instance(mu, q, cap)).ToArbitrary();

    private static double[] Solve(Instance x)
    {
        var w = new double[x.Mu.Length];
        HedgingPortfolio.Solve(x.Mu, x.Q, x.Cap, w);
        return w;
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Solve_RandomInstance_WeightsNonNegativeCappedAndSumToOne() =>
        Prop.ForAll(Instances(0.0), x =>
        {
            // Given a random instance / When solved
            var w = Solve(x);
            var effectiveCap = Math.Max(x.Cap, 1.0 / w.Length);

            // Then 0 ≤ w ≤ max(cap, 1/n) and Σ w = 1, each within 1e-12
            Assert.That(w, Has.All.GreaterThanOrEqualTo(0.0));
            Assert.That(w, Has.All.LessThanOrEqualTo(effectiveCap + 1e-12));
            Assert.That(w.Sum(), Is.EqualTo(1.0).Within(1e-12));
        });

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Solve_RandomStrictlyConcaveInstance_SatisfiesKkt() =>
        Prop.ForAll(Instances(0.05), x =>
        {
            // Given a strictly concave instance (q ≥ 0.05) / When solved
            var w = Solve(x);
            var cap = Math.Max(x.Cap, 1.0 / w.Length);

            // Then the KKT conditions hold with one multiplier ν, within 1e-9: with marginal value g = μ − q·w,
            // interior weights share g = ν, zero weights have μ ≤ ν, capped weights have g ≥ ν.
            const double tol = 1e-9;
            var lower = double.NegativeInfinity; // ν ≥ every interior g and every μ at zero
            var upper = double.PositiveInfinity; // ν ≤ every interior g and every g at the cap
            for (var i = 0; i < w.Length; i++)
            {
                var g = x.Mu[i] - x.Q[i] * w[i];
                if (w[i] <= tol) lower = Math.Max(lower, x.Mu[i]);
                else if (w[i] >= cap - tol) upper = Math.Min(upper, g);
                else
                {
                    lower = Math.Max(lower, g);
                    upper = Math.Min(upper, g);
                }
            }
            Assert.That(lower, Is.LessThanOrEqualTo(upper + tol), x.ToString());
        });

    [Test]
    public void Solve_NoBindingCap_EqualsClosedFormInteriorSolution()
    {
        // Given μ = (0.5, 0.4, 0.3, 0.2), q = (1, 1, 2, 2) and a cap of 0.6 that does not bind
        double[] mu = [0.5, 0.4, 0.3, 0.2];
        double[] q = [1, 1, 2, 2];
        var w = new double[4];

        // When solved
        HedgingPortfolio.Solve(mu, q, 0.6, w);

        // Then w_i = (μ_i − ν)/q_i with ν = (Σ μ/q − 1)/Σ 1/q = 0.05: (0.45, 0.35, 0.125, 0.075), within 1e-12
        var nu = (mu.Zip(q, (m, c) => m / c).Sum() - 1) / q.Sum(c => 1 / c);
        Assert.That(nu, Is.EqualTo(0.05).Within(1e-15));
        Assert.That(w, Is.EqualTo(new[] { 0.45, 0.35, 0.125, 0.075 }).Within(1e-12));
    }

    [TestCase(1)]
    [TestCase(4)]
    [TestCase(6)]
    [TestCase(10)]
    public void Solve_RiskNeutralEqualReturns_SplitsEqually(int n)
    {
        // Given equal μ and q = 0 (a linear programme whose every feasible point is optimal)
        var mu = Enumerable.Repeat(0.3, n).ToArray();
        var q = new double[n];
        var w = new double[n];

        // When solved with the default cap 0.4
        HedgingPortfolio.Solve(mu, q, 0.4, w);

        // Then the tie is split equally, within 1e-12
        Assert.That(w, Has.All.EqualTo(1.0 / n).Within(1e-12));
    }

    [Test]
    public void Solve_OneAssetClearlyBest_CapBindsOnItAndTheRestIsShared()
    {
        // Given one asset far better than three equal others, q = 0.5 each, cap 0.4
        double[] mu = [1.0, 0.2, 0.2, 0.2];
        double[] q = [0.5, 0.5, 0.5, 0.5];
        var w = new double[4];

        // When solved
        HedgingPortfolio.Solve(mu, q, 0.4, w);

        // Then the best asset sits at the cap (unconstrained it would take 1.45) and the others share 0.6 equally
        Assert.That(w, Is.EqualTo(new[] { 0.4, 0.2, 0.2, 0.2 }).Within(1e-12));
    }

    [Test]
    public void Solve_RiskNeutralDistinctReturns_FillsBestAssetsToTheCapInOrder()
    {
        // Given q = 0 and distinct returns: the linear programme's corner solution
        double[] mu = [1.0, 0.5, 0.2, 0.1];
        var w = new double[4];

        // When solved with cap 0.4
        HedgingPortfolio.Solve(mu, new double[4], 0.4, w);

        // Then the two best are at the cap, the third takes the remainder and the worst gets nothing
        Assert.That(w, Is.EqualTo(new[] { 0.4, 0.4, 0.2, 0.0 }).Within(1e-9));
    }

    [Test]
    public void Solve_CapBelowOneOverN_RaisedToOneOverN()
    {
        // Given a cap of 0.1 for four assets (infeasible as stated: 4 × 0.1 < 1)
        double[] mu = [0.9, 0.1, -0.5, 0.3];
        var w = new double[4];

        // When solved
        HedgingPortfolio.Solve(mu, [1, 1, 1, 1], 0.1, w);

        // Then the cap is raised to 1/4 and every weight is 1/4
        Assert.That(w, Has.All.EqualTo(0.25).Within(1e-12));
    }
}
