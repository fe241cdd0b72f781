using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Sensitivity;

/// <summary>A box of PRIM: Lower[j] ≤ x_j ≤ Upper[j] in every dimension j, with how it fits the data. A side that
/// excludes no data point the rest of the box would hold is open (−∞ or +∞), so an unrestricted dimension reads as
/// (−∞, +∞).</summary>
/// <param name="Lower">The lower bound of each dimension (−∞ when open).</param>
/// <param name="Upper">The upper bound of each dimension (+∞ when open).</param>
/// <param name="Points">The number of data points inside.</param>
/// <param name="Positives">The number of positive cases inside.</param>
/// <param name="Coverage">The share of all positive cases that are inside.</param>
/// <param name="Density">The share of the points inside that are positive.</param>
/// <param name="Mass">The share of all points that are inside.</param>
public sealed record PrimBox(
    ValueArray<double> Lower, ValueArray<double> Upper, int Points, int Positives, double Coverage, double Density, double Mass)
{
    /// <summary>d: the number of dimensions.</summary>
    public int Dimensions => Lower.Length;

    /// <summary>Whether the box bounds dimension <paramref name="dimension"/> on either side.</summary>
    public bool IsRestricted(int dimension) =>
        !double.IsNegativeInfinity(Lower[dimension]) || !double.IsPositiveInfinity(Upper[dimension]);

    /// <summary>The dimensions the box bounds, ascending.</summary>
    public IEnumerable<int> RestrictedDimensions => Enumerable.Range(0, Dimensions).Where(IsRestricted);

    /// <summary>Whether <paramref name="x"/> (d values) lies in the box, bounds included.</summary>
    public bool Contains(ReadOnlySpan<double> x)
    {
        if (x.Length != Dimensions) throw new ArgumentException($"the box has {Dimensions} dimensions; the point has {x.Length}", nameof(x));
        for (var j = 0; j < x.Length; j++)
            if (!(Lower[j] <= x[j] && x[j] <= Upper[j])) return false;
        return true;
    }
}
