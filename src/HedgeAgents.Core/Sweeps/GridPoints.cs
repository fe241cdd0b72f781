namespace HedgeAgents.Core.Sweeps;

/// <summary>The points of a grid: point p's index on axis i is digit i of p in mixed radix (radices the axis lengths),
/// the last axis the least significant digit.</summary>
public sealed class GridPoints : IDesignPoints
{
    // Each axis's values, worked out once: memory grows with the axes' lengths, never with the number of points.
    private readonly double[][] _values;

    internal GridPoints(IReadOnlyList<SweepAxis> axes)
    {
        _values = [.. axes.Select(a => Enumerable.Range(0, a.GridLength).Select(a.GridValue).ToArray())];
        Count = DesignRules.SaturatingProduct(_values.Select(v => (long)v.Length));
    }

    /// <inheritdoc />
    public long Count { get; }

    /// <inheritdoc />
    public int Dimensions => _values.Length;

    /// <inheritdoc />
    /// <remarks>Each point is its own group: a grid's estimators (means per cell) compare no points run by run.</remarks>
    public long SeedGroup(long point)
    {
        DesignRules.CheckPoint(point, Count);
        return point;
    }

    /// <summary>Number of values on axis <paramref name="axis"/>.</summary>
    public int Length(int axis) => _values[axis].Length;

    /// <summary>Writes point <paramref name="point"/>'s index on each axis.</summary>
    public void FillIndices(long point, Span<int> indices)
    {
        DesignRules.CheckFill(point, indices.Length, Count, Dimensions);
        for (var i = _values.Length - 1; i >= 0; i--)
        {
            var k = _values[i].Length;
            indices[i] = (int)(point % k);
            point /= k;
        }
    }

    /// <inheritdoc />
    public void Fill(long point, Span<double> values)
    {
        DesignRules.CheckFill(point, values.Length, Count, Dimensions);
        for (var i = _values.Length - 1; i >= 0; i--)
        {
            var axis = _values[i];
            values[i] = axis[point % axis.Length];
            point /= axis.Length;
        }
    }
}
