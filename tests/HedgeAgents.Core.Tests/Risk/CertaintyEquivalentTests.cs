using HedgeAgents.Core.Random;
using HedgeAgents.Core.Risk;

namespace HedgeAgents.Core.Tests.Risk;

public class CertaintyEquivalentTests
{
    // A payoff X = mean + σZ − Σ_k L_k·B_k with Z standard normal and independent B_k ~ Bernoulli(p_k).
    private static readonly (double P, double L)[] Losses = [(0.10, 0.5), (0.05, 1.0), (0.30, 0.2), (0.02, 0.8)];

    private static double Formula(double a, double mean, double sigma)
    {
        var ce = new CertaintyEquivalent(a);
        ce.AddNormal(mean, sigma * sigma);
        foreach (var (p, l) in Losses) ce.AddLoss(p, l);
        return ce.Value;
    }

    private static double ExpectedValue(double mean) => mean - Losses.Sum(x => x.P * x.L);

    [TestCase(0.5, 1.0, 0.3)]
    [TestCase(2.0, 1.0, 0.3)]
    [TestCase(4.0, 0.4, 0.1)]
    [TestCase(2.0, 0.0, 0.0)]
    public void Value_NormalPlusBernoulliLosses_MatchesMonteCarloWithinFourStandardErrors(double a, double mean, double sigma)
    {
        // Given the CARA certainty equivalent by formula
        var formula = Formula(a, mean, sigma);

        // When −(1/a)·ln E[e^(−aX)] is estimated from 1 000 000 seeded draws (e^(−a(X−mean)) keeps the sums well scaled)
        const int n = 1_000_000;
        var rng = new Xoshiro256StarStar(20240601);
        double sum = 0, sumSq = 0;
        for (var i = 0; i < n; i += 2)
        {
            rng.NextNormalPair(out var z0, out var z1);
            foreach (var z in (ReadOnlySpan<double>)[z0, z1])
            {
                var x = sigma * z;
                foreach (var (p, l) in Losses)
                    if (rng.NextDouble() < p) x -= l;
                var y = Math.Exp(-a * x);
                sum += y;
                sumSq += y * y;
            }
        }
        var m = sum / n;
        var sdY = Math.Sqrt(Math.Max(0, sumSq / n - m * m));
        var monteCarlo = mean - Math.Log(m) / a;
        // Delta method: s.e.(CE) = s.e.(mean of Y) / (a · mean of Y).
        var standardError = sdY / Math.Sqrt(n) / (a * m);
        TestContext.Out.WriteLine($"a={a}: formula {formula:F6}, MC {monteCarlo:F6}, |diff| {Math.Abs(formula - monteCarlo):E2}, s.e. {standardError:E2}");

        // Then they agree within 4 standard errors, and the standard error is small enough for that to mean something
        Assert.That(standardError, Is.LessThan(5e-3)); // measured: 4.7e-4 (a = 0.5), 9.6e-4 (a = 2), 3.5e-3 (a = 4)
        Assert.That(monteCarlo, Is.EqualTo(formula).Within(4 * standardError + 1e-12));
    }

    [TestCase(1e-2)]
    [TestCase(1e-4)]
    [TestCase(1e-6)]
    public void Value_RiskAversionTendsToZero_TendsToExpectedValueAtRateOfHalfVariance(double a)
    {
        // Given the expected value and the variance of X
        var mean = 1.0;
        var sigma = 0.3;
        var variance = sigma * sigma + Losses.Sum(x => x.P * (1 - x.P) * x.L * x.L);

        // When the CE is computed at small a
        var ce = Formula(a, mean, sigma);

        // Then CE ≤ E[X] (risk aversion never adds value) and E[X] − CE ≈ a·Var/2 to first order (within 5%, + 1e-12)
        var gap = ExpectedValue(mean) - ce;
        Assert.That(gap, Is.GreaterThanOrEqualTo(0.0));
        Assert.That(gap, Is.EqualTo(a * variance / 2).Within(0.05 * a * variance / 2 + 1e-12));
    }

    [Test]
    public void Value_RiskNeutral_IsExpectedValueExactly()
    {
        // Given a = 0
        // When the CE is computed
        var ce = Formula(0.0, 1.0, 0.3);

        // Then it is the expected value bit for bit (no limit is taken)
        var expected = 1.0;
        foreach (var (p, l) in Losses) expected -= p * l;
        Assert.That(ce, Is.EqualTo(expected));
    }

    [TestCase(10.0, 0.5, 100.0)]
    [TestCase(1000.0, 0.001, 1000.0)]
    [TestCase(50.0, 1e-6, 1e4)]
    [TestCase(1e3, 0.999, 1e3)]
    [TestCase(1e-3, 0.2, 1e6)]
    public void LossPremium_HugeExponent_FiniteAndBetweenExpectedAndWorstLoss(double a, double p, double loss)
    {
        // Given a·L far beyond where e^(aL) overflows (e^710 = ∞)
        // When the premium is computed
        var premium = CertaintyEquivalent.LossPremium(a, p, loss);

        // Then it is finite, at least the expected loss p·L (Jensen) and at most the sure loss L,
        // and equals the asymptote L + ln(p)/a up to e^(−aL)/(a·p) (relative 1e-12)
        Assert.That(double.IsFinite(premium), Is.True);
        Assert.That(premium, Is.GreaterThanOrEqualTo(p * loss * (1 - 1e-12)));
        Assert.That(premium, Is.LessThanOrEqualTo(loss));
        Assert.That(premium, Is.EqualTo(loss + Math.Log(p) / a).Within(1e-12 * loss));
    }

    [TestCase(2.0, 0.1, 0.3)]
    [TestCase(0.5, 0.9, 2.0)]
    [TestCase(3.0, 0.01, -0.5)]
    public void LossPremium_ModerateExponent_EqualsClosedForm(double a, double p, double loss)
    {
        // Given moderate a·L (including a gain, L < 0)
        // When the premium is computed / Then it equals (1/a)·ln(1 − p + p·e^(aL)) within 1e-14 relative
        var expected = Math.Log(1 - p + p * Math.Exp(a * loss)) / a;
        Assert.That(CertaintyEquivalent.LossPremium(a, p, loss), Is.EqualTo(expected).Within(1e-14 * Math.Abs(expected) + 1e-16));
    }

    [TestCase(0.0, 0.3, 1.0, 0.3)]
    [TestCase(2.0, 0.0, 1.0, 0.0)]
    [TestCase(2.0, 1.0, 0.7, 0.7)]
    [TestCase(0.0, 0.25, 2.0, 0.5)]
    public void LossPremium_Corners_Exact(double a, double p, double loss, double expected)
    {
        // Given a corner (risk neutral, impossible, or certain loss) / Then the premium is exact
        Assert.That(CertaintyEquivalent.LossPremium(a, p, loss), Is.EqualTo(expected));
    }

    [TestCase(-3.0)]
    [TestCase(-1e-7)]
    [TestCase(0.0)]
    [TestCase(1e-9)]
    [TestCase(0.37)]
    [TestCase(250.0)]
    public void Utility_RiskNeutral_EqualsPayoff(double payoff)
    {
        // Given a = 0 / When utility is computed / Then it is the payoff itself
        Assert.That(CertaintyEquivalent.Utility(payoff, 0.0), Is.EqualTo(payoff));
    }

    [TestCase(0.5)]
    [TestCase(2.0)]
    [TestCase(20.0)]
    public void Utility_OverAGridAcrossTheSeriesBranch_StrictlyIncreasingAndCloseToClosedForm(double a)
    {
        // Given payoffs on a grid from −2 to 2 that is dense around 0, where the code switches to a series
        var grid = Enumerable.Range(-2000, 4001).Select(i => i * 1e-3)
            .Concat(Enumerable.Range(-100, 201).Select(i => i * 1e-9))
            .Distinct().Order().ToArray();

        // When utility is computed
        var u = grid.Select(x => CertaintyEquivalent.Utility(x, a)).ToArray();

        // Then it never decreases, increases strictly wherever e^(−aπ) is still visible next to 1 (a·π < 20),
        // and matches (1 − e^(−aπ))/a within 1e-12 (absolute) everywhere
        for (var i = 1; i < u.Length; i++)
        {
            Assert.That(u[i], Is.GreaterThanOrEqualTo(u[i - 1]), $"at payoff {grid[i]}");
            if (a * grid[i] < 20) Assert.That(u[i], Is.GreaterThan(u[i - 1]), $"at payoff {grid[i]}");
        }
        for (var i = 0; i < u.Length; i++)
            Assert.That(u[i], Is.EqualTo((1 - Math.Exp(-a * grid[i])) / a).Within(1e-12));
    }
}
