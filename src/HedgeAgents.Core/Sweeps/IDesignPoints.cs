namespace HedgeAgents.Core.Sweeps;

/// <summary>The points of a design, computed on demand by index: the same index always gives the same values.</summary>
public interface IDesignPoints
{
    /// <summary>Number of points.</summary>
    long Count { get; }

    /// <summary>Number of axes: the length of every point.</summary>
    int Dimensions { get; }

    /// <summary>Writes point <paramref name="point"/>'s values, in parameter units and axis order, without allocating.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside [0, Count) or the span's length is not Dimensions.</exception>
    void Fill(long point, Span<double> values);
}
