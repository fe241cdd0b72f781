namespace HedgeAgents.Core.Sensitivity;

/// <summary>A two-sided confidence interval [Low, High] at confidence <see cref="Level"/> (e.g. 0.95).</summary>
public readonly record struct ConfidenceInterval(double Low, double High, double Level)
{
    /// <summary>Whether <paramref name="value"/> lies in [Low, High].</summary>
    public bool Contains(double value) => Low <= value && value <= High;

    /// <summary>High − Low.</summary>
    public double Width => High - Low;
}
