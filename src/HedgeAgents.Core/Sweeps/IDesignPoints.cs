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

    /// <summary>The seed group of point <paramref name="point"/>: a run's seed hashes (master seed, seed group,
    /// replication), so replication r of every point in one group draws the same random numbers (common random
    /// numbers). A design whose estimator compares points — Saltelli's A, B and AB^(i) of one base sample, the steps
    /// of one Morris trajectory — groups them, so a parameter the model ignores changes no output; elsewhere each point
    /// is its own group.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside [0, Count).</exception>
    long SeedGroup(long point);
}
