namespace HedgeAgents.Core.Learning.Rules;

/// <summary>The running range of the payoffs a learner has seen, so that rates and precisions are stated in units
/// of that range and mean the same in a textbook game and in the hedging model, whose utilities are small.</summary>
public struct PayoffRange
{
    /// <summary>An empty range.</summary>
    public PayoffRange()
    {
        Min = double.PositiveInfinity;
        Max = double.NegativeInfinity;
    }

    /// <summary>Smallest payoff seen (+∞ before any).</summary>
    public double Min { get; private set; }

    /// <summary>Largest payoff seen (−∞ before any).</summary>
    public double Max { get; private set; }

    /// <summary>Max − Min, or 0 before two distinct payoffs were seen.</summary>
    public readonly double Width => Max > Min ? Max - Min : 0.0;

    /// <summary>Widens the range to include a payoff (non-finite values are ignored).</summary>
    public void Observe(double payoff)
    {
        if (!double.IsFinite(payoff)) return;
        if (payoff < Min) Min = payoff;
        if (payoff > Max) Max = payoff;
    }

    /// <summary>Widens the range to include every payoff of a span.</summary>
    public void Observe(ReadOnlySpan<double> payoffs)
    {
        foreach (var p in payoffs) Observe(p);
    }

    /// <summary>Where a payoff lies in the range, 0 at the minimum and 1 at the maximum (0 for an empty range).</summary>
    public readonly double Position(double payoff) => Width > 0 ? (payoff - Min) / Width : 0.0;

    /// <summary>A payoff difference in units of the range (0 for an empty range).</summary>
    public readonly double Scale(double difference) => Width > 0 ? difference / Width : 0.0;

    /// <summary>Writes (Min, Max) into two slots of a saved state.</summary>
    public readonly void Save(Span<double> into)
    {
        into[0] = Min;
        into[1] = Max;
    }

    /// <summary>Restores a range saved by <see cref="Save"/>.</summary>
    public static PayoffRange Load(ReadOnlySpan<double> from) => new() { Min = from[0], Max = from[1] };
}
