using System.Globalization;

namespace HedgeAgents.Core.Sensitivity;

/// <summary>The input of PRIM, checked: n points in d numeric dimensions and whether the outcome of interest holds at
/// each (a positive case).</summary>
public sealed class PrimData
{
    // Column-major: PRIM sorts and scans one dimension at a time.
    private readonly double[][] _columns;
    private readonly bool[] _outcome;

    /// <summary>Copies and checks the points (one row of d values each) and their outcomes.</summary>
    /// <exception cref="ArgumentException">No point, no dimension, rows of different lengths, a value that is not
    /// finite, or an outcome count that differs from the point count.</exception>
    public PrimData(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<bool> outcome)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(outcome);
        if (points.Count == 0) throw new ArgumentException("PRIM needs at least one point; none was given", nameof(points));
        if (outcome.Count != points.Count)
            throw new ArgumentException($"PRIM needs one outcome per point: {points.Count} points but {outcome.Count} outcomes", nameof(outcome));
        var d = points[0].Count;
        if (d == 0) throw new ArgumentException("PRIM's points need at least one dimension; point 0 has none", nameof(points));

        var n = points.Count;
        _columns = new double[d][];
        for (var j = 0; j < d; j++) _columns[j] = new double[n];
        _outcome = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var row = points[i];
            if (row.Count != d)
                throw new ArgumentException($"PRIM's points must all have {d} dimensions (as point 0); point {i} has {row.Count}", nameof(points));
            for (var j = 0; j < d; j++)
            {
                if (!double.IsFinite(row[j]))
                    throw new ArgumentException($"point {i}, dimension {j} is {row[j].ToString(CultureInfo.InvariantCulture)}; PRIM needs finite values", nameof(points));
                _columns[j][i] = row[j];
            }
            _outcome[i] = outcome[i];
            if (outcome[i]) Positives++;
        }
    }

    /// <summary>n: the number of points.</summary>
    public int Count => _outcome.Length;

    /// <summary>d: the number of dimensions.</summary>
    public int Dimensions => _columns.Length;

    /// <summary>The number of points where the outcome holds.</summary>
    public int Positives { get; }

    /// <summary>Point <paramref name="point"/>'s value in dimension <paramref name="dimension"/>.</summary>
    public double this[int point, int dimension] => _columns[dimension][point];

    /// <summary>Whether the outcome holds at point <paramref name="point"/>.</summary>
    public bool IsPositive(int point) => _outcome[point];

    internal double[] Column(int dimension) => _columns[dimension];
}
