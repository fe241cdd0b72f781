using System.Globalization;
using HedgeAgents.Core.Sweeps;

namespace HedgeAgents.Core.Sensitivity;

/// <summary>A Saltelli design's outputs sorted by role (f(A_j), f(B_j), f(AB_j^(i))), checked, and the estimators
/// evaluated on any multiset of base samples: all of them for the estimate, a resample for the bootstrap.</summary>
internal sealed class SaltelliOutputs
{
    // Centred on the mean of all N(d+2) outputs, as SALib's sobol.analyze standardises them: f(B) in the first-order
    // estimator then no longer depends on where f's zero is (which lowers its variance), the estimates equal SALib's for
    // the same outputs, and the sums below lose no digits to a large common offset (1e6 ± 1 would otherwise leave
    // V = E[f²] − E[f]² with no significant digit).
    private readonly double[] _a;
    private readonly double[] _b;
    private readonly double[][] _ab;

    private SaltelliOutputs(double[] a, double[] b, double[][] ab)
    {
        _a = a;
        _b = b;
        _ab = ab;
    }

    /// <summary>d: the number of axes.</summary>
    public int Dimensions => _ab.Length;

    /// <summary>N: the number of base samples.</summary>
    public int Samples => _a.Length;

    /// <summary>Reads <paramref name="outputs"/> (one per design point, in point order) by <paramref name="layout"/>.</summary>
    /// <exception cref="ArgumentException">The count does not fit the layout, an output is not finite, or f is constant
    /// over A and B (V = 0, so every index is 0/0).</exception>
    public static SaltelliOutputs From(SaltelliLayout layout, ReadOnlySpan<double> outputs)
    {
        var d = layout.Dimensions;
        if (d < 1) throw new ArgumentException($"a Saltelli layout needs at least one axis; it has {d}", nameof(layout));
        if (layout.BaseSamples < 1 || layout.BaseSamples > Array.MaxLength)
            throw new ArgumentException($"a Saltelli layout needs between 1 and {Array.MaxLength} base samples; it has {layout.BaseSamples}", nameof(layout));
        if (outputs.Length != layout.Count)
            throw new ArgumentException(
                $"a Saltelli design of N = {layout.BaseSamples} base samples on d = {d} axes has N(d+2) = {layout.Count} points, " +
                $"so it needs {layout.Count} outputs in point order; {outputs.Length} were given", nameof(outputs));
        for (var p = 0; p < outputs.Length; p++)
            if (!double.IsFinite(outputs[p]))
                throw new ArgumentException(
                    $"the output of point {p} (base sample {layout.SampleOf(p)}, {RoleName(layout, layout.RoleOf(p))}) is " +
                    $"{outputs[p].ToString(CultureInfo.InvariantCulture)}; Sobol' indices need a finite output at every point", nameof(outputs));

        var n = (int)layout.BaseSamples;
        var a = new double[n];
        var b = new double[n];
        var ab = new double[d][];
        for (var i = 0; i < d; i++) ab[i] = new double[n];
        var constant = true;
        var first = outputs[0];
        for (var j = 0; j < n; j++)
        {
            a[j] = outputs[(int)layout.PointOf(j, SaltelliLayout.RoleA)];
            b[j] = outputs[(int)layout.PointOf(j, layout.RoleB)];
            for (var i = 0; i < d; i++) ab[i][j] = outputs[(int)layout.PointOf(j, SaltelliLayout.RoleAB(i))];
            constant &= a[j] == first && b[j] == first;
        }
        if (constant)
            throw new ArgumentException(
                $"the output is {first.ToString(CultureInfo.InvariantCulture)} at every point of A and B, so its variance V is 0 " +
                "and the Sobol' indices (shares of V) are undefined", nameof(outputs));

        var mean = 0.0;
        foreach (var y in outputs) mean += y;
        mean /= outputs.Length;
        for (var j = 0; j < n; j++)
        {
            a[j] -= mean;
            b[j] -= mean;
            for (var i = 0; i < d; i++) ab[i][j] -= mean;
        }
        return new SaltelliOutputs(a, b, ab);
    }

    /// <summary>S1 and ST over the base samples <paramref name="samples"/> (all N when null; repeats allowed).
    /// False when f is constant over those samples' A and B, where the indices are undefined.</summary>
    /// <remarks>V is the variance of f over the samples' A and B (denominator 2N), as SALib. f(B) in Saltelli et al.'s
    /// (2010) first-order estimator is centred on the mean of all outputs (not recentred per resample, as SALib); the
    /// expectation is unchanged, as E[f(AB_i) − f(A)] = 0.</remarks>
    public bool TryEstimate(int[]? samples, Span<double> firstOrder, Span<double> total, out double variance)
    {
        var d = Dimensions;
        var n = samples?.Length ?? Samples;
        Span<double> cross = d <= 64 ? stackalloc double[d] : new double[d];
        Span<double> squares = d <= 64 ? stackalloc double[d] : new double[d];
        cross.Clear();
        squares.Clear();
        double sum = 0, sumSquares = 0;
        var lowest = double.PositiveInfinity;
        var highest = double.NegativeInfinity;
        for (var k = 0; k < n; k++)
        {
            var j = samples is null ? k : samples[k];
            var fa = _a[j];
            var fb = _b[j];
            sum += fa + fb;
            sumSquares += fa * fa + fb * fb;
            lowest = Math.Min(lowest, Math.Min(fa, fb));
            highest = Math.Max(highest, Math.Max(fa, fb));
            for (var i = 0; i < d; i++)
            {
                var step = _ab[i][j] - fa;
                cross[i] += fb * step;
                squares[i] += step * step;
            }
        }

        var mean = sum / (2.0 * n);
        variance = sumSquares / (2.0 * n) - mean * mean;
        if (lowest == highest || !(variance > 0)) return false;
        for (var i = 0; i < d; i++)
        {
            firstOrder[i] = cross[i] / n / variance;
            total[i] = squares[i] / n / (2 * variance);
        }
        return true;
    }

    private static string RoleName(SaltelliLayout layout, int role) =>
        role == SaltelliLayout.RoleA ? "matrix A"
        : role == layout.RoleB ? "matrix B"
        : $"AB for axis {role - 1}";
}
