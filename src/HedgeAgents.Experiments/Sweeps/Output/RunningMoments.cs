namespace HedgeAgents.Experiments.Sweeps.Output;

/// <summary>Count, mean and sample variance of a stream of values by Welford's update: constant memory, no
/// cancellation of large sums, and the same result for the same values in the same order.</summary>
public struct RunningMoments
{
    private double _mean;
    private double _m2;

    /// <summary>Number of values added.</summary>
    public long Count { get; private set; }

    /// <summary>Mean of the values; NaN when there are none.</summary>
    public readonly double Mean => Count == 0 ? double.NaN : _mean;

    /// <summary>Sample standard deviation (divisor n − 1); NaN for fewer than two values.</summary>
    public readonly double SampleSd => Count < 2 ? double.NaN : Math.Sqrt(_m2 / (Count - 1));

    /// <summary>Adds a value.</summary>
    public void Add(double value)
    {
        Count++;
        var delta = value - _mean;
        _mean += delta / Count;
        _m2 += delta * (value - _mean);
    }
}
