namespace HedgeAgents.Core.Shocks;

/// <summary>The hedger's terms for one counterparty, per unit of weight: mean and variance of the net return, and the
/// curvature added to the risk term (per unit of weight squared).</summary>
public struct HedgeTerms
{
    /// <summary>Starts from the engagement's mean and variance.</summary>
    public HedgeTerms(double mean, double variance)
    {
        Mean = mean;
        Variance = variance;
    }

    /// <summary>Mean net return per unit weight.</summary>
    public double Mean { get; set; }

    /// <summary>Variance per unit weight squared.</summary>
    public double Variance { get; set; }

    /// <summary>Curvature beyond risk aversion × variance.</summary>
    public double Curvature { get; set; }

    /// <summary>A loss <paramref name="l"/> with probability <paramref name="p"/>.</summary>
    public void Loss(double p, double l)
    {
        Mean -= p * l;
        Variance += p * (1 - p) * l * l;
    }
}
