using HedgeAgents.Experiments.Calibration;

namespace HedgeAgents.Experiments.Tests.Calibration;

/// <summary>Garwood's exact Poisson interval against closed forms and published quantiles.</summary>
public class RateEstimateTests
{
    private const double Tolerance = 1e-5;

    [Test]
    public void Of_NoEvents_LowerIsZeroAndUpperIsMinusLogTailOverT()
    {
        // Given no event in 28 quarters
        // When estimated
        var e = RateEstimate.Of(0, 28);

        // Then the rate is 0, the interval [0, −ln(0.025)/28] (χ²(0.975; 2)/2 = −ln 0.025 = 3.68888), so p ≤ 1 − 0.025^(1/28)
        Assert.That(e.Rate, Is.Zero);
        Assert.That(e.Lower, Is.Zero);
        Assert.That(e.Upper, Is.EqualTo(-Math.Log(0.025) / 28).Within(1e-9));
        Assert.That(e.Upper * 28, Is.EqualTo(3.68888).Within(Tolerance));
        Assert.That(e.Probability, Is.Zero);
        Assert.That(e.ProbabilityUpper, Is.EqualTo(1 - Math.Pow(0.025, 1.0 / 28)).Within(1e-9));
    }

    [Test]
    public void Of_OneEvent_LowerIsMinusLogOfUpperTailOverT()
    {
        // Given one event in 12 months: χ²(0.025; 2)/2 = −ln(0.975), χ²(0.975; 4)/2 = 5.57164
        var e = RateEstimate.Of(1, 12);

        // Then
        Assert.That(e.Rate, Is.EqualTo(1.0 / 12));
        Assert.That(e.Lower, Is.EqualTo(-Math.Log(0.975) / 12).Within(1e-9));
        Assert.That(e.Upper * 12, Is.EqualTo(5.57164).Within(Tolerance));
    }

    [TestCase(3, 16, 0.618672, 8.76727)]
    [TestCase(5, 40, 1.62349, 11.6683)]
    [TestCase(10, 10, 4.79539, 18.3904)]
    public void Of_SeveralEvents_MatchesTabulatedGarwoodLimits(int n, int t, double lowerTimesT, double upperTimesT)
    {
        // Given n events over T rounds (limits for n as tabulated, e.g. Ulm 1990 / Garwood 1936)
        // When estimated
        var e = RateEstimate.Of(n, t);

        // Then the interval is the tabulated one over T, and each probability is 1 − e^(−rate)
        Assert.That(e.Lower * t, Is.EqualTo(lowerTimesT).Within(Tolerance));
        Assert.That(e.Upper * t, Is.EqualTo(upperTimesT).Within(Tolerance * 10));
        Assert.That(e.Rate, Is.EqualTo((double)n / t));
        Assert.That(e.Probability, Is.EqualTo(1 - Math.Exp(-(double)n / t)).Within(1e-12));
        Assert.That(e.ProbabilityLower, Is.EqualTo(1 - Math.Exp(-e.Lower)).Within(1e-12));
        Assert.That(e.ProbabilityUpper, Is.EqualTo(1 - Math.Exp(-e.Upper)).Within(1e-12));
        Assert.That(e.Lower, Is.LessThan(e.Rate));
        Assert.That(e.Upper, Is.GreaterThan(e.Rate));
    }

    [Test]
    public void Of_MoreExposure_NarrowsTheInterval()
    {
        // Given the same rate over 4 and 40 rounds
        var short_ = RateEstimate.Of(1, 4);
        var long_ = RateEstimate.Of(10, 40);

        // Then the longer record's interval is narrower around the same rate
        Assert.That(long_.Rate, Is.EqualTo(short_.Rate));
        Assert.That(long_.Upper - long_.Lower, Is.LessThan(short_.Upper - short_.Lower));
    }

    [Test]
    public void Of_ExactCoverage_AtLeastNinetyFivePercentForATrueRate()
    {
        // Given a true rate of 0.3 over T = 20 rounds (mean 6 events): coverage is a sum over the Poisson outcomes
        const double mu = 6.0;
        var coverage = 0.0;
        for (var n = 0; n < 60; n++)
        {
            var e = RateEstimate.Of(n, 20);
            if (e.Lower <= 0.3 && 0.3 <= e.Upper) coverage += MathNet.Numerics.Distributions.Poisson.PMF(mu, n);
        }

        // Then the exact interval covers it at least 95% of the time (Garwood's is conservative)
        Assert.That(coverage, Is.GreaterThanOrEqualTo(0.95).And.LessThan(1.0));
    }

    [TestCase(-1, 4)]
    [TestCase(1, 0)]
    public void Of_NegativeCountOrNoExposure_Throws(int n, int t) =>
        Assert.That(() => RateEstimate.Of(n, t), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
