namespace HedgeAgents.Core.Risk;

/// <summary>CARA certainty equivalent accumulated term by term: normal returns and independent Bernoulli losses.</summary>
/// <remarks>CE = mean − a·σ²/2 − (1/a)·Σ ln(1 − p + p·e^(a·L)); a = 0 is the expected value exactly.</remarks>
public struct CertaintyEquivalent
{
    private readonly double _a;

    /// <summary>Starts at zero for risk aversion <paramref name="riskAversion"/> ≥ 0.</summary>
    public CertaintyEquivalent(double riskAversion)
    {
        _a = riskAversion;
        Value = 0.0;
    }

    /// <summary>The certainty equivalent so far.</summary>
    public double Value { get; private set; }

    /// <summary>Adds a sure amount.</summary>
    public void AddCertain(double amount) => Value += amount;

    /// <summary>Adds a normal amount with this mean and variance.</summary>
    public void AddNormal(double mean, double variance) => Value += mean - 0.5 * _a * variance;

    /// <summary>Subtracts the CE cost of losing <paramref name="loss"/> with probability <paramref name="probability"/>.</summary>
    public void AddLoss(double probability, double loss) => Value -= LossPremium(_a, probability, loss);

    /// <summary>(1/a)·ln(1 − p + p·e^(aL)), computed without overflow; p·L when a = 0.</summary>
    public static double LossPremium(double a, double p, double loss)
    {
        if (p <= 0 || loss == 0) return 0.0;
        if (p >= 1) return loss;
        if (a <= 0) return p * loss;
        var x = a * loss;
        // For large positive x, e^x overflows; factor it out: ln(1−p+p·e^x) = x + ln(p + (1−p)·e^−x).
        var log = x > 0 ? x + Math.Log(p + (1 - p) * Math.Exp(-x)) : Math.Log(1 - p + p * Math.Exp(x));
        return log / a;
    }

    /// <summary>Realized CARA utility (1 − e^(−aπ))/a, equal to π at a = 0: what learners see.</summary>
    public static double Utility(double payoff, double a)
    {
        if (a <= 0) return payoff;
        var x = a * payoff;
        return Math.Abs(x) < 1e-6 ? payoff * (1 - 0.5 * x) : (1 - Math.Exp(-x)) / a;
    }
}
