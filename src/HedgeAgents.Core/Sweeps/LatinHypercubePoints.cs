using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Sweeps;

/// <summary>The points of a Latin hypercube, drawn once at construction: point j's unit coordinate on axis i lies in
/// stratum <c>⌊u·N⌋ = π_i(j)</c>, π_i a random permutation of 0..N−1.</summary>
public sealed class LatinHypercubePoints : UnitCubePoints
{
    // Column-major (one array per axis) so N alone bounds each array's length.
    private readonly double[][] _unit;

    internal LatinHypercubePoints(IReadOnlyList<SweepAxis> axes, int samples, ulong seed) : base(axes)
    {
        _unit = new double[axes.Count][];
        for (var i = 0; i < axes.Count; i++)
        {
            var rng = new Xoshiro256StarStar(SeedDerivation.StreamSeed(seed, i));
            var strata = new int[samples];
            for (var j = 0; j < samples; j++) strata[j] = j;
            for (var j = samples - 1; j > 0; j--)
            {
                var k = rng.NextInt(j + 1);
                (strata[j], strata[k]) = (strata[k], strata[j]);
            }
            var column = new double[samples];
            for (var j = 0; j < samples; j++) column[j] = InStratum(strata[j], rng.NextDouble(), samples);
            _unit[i] = column;
        }
        Samples = samples;
    }

    /// <summary>N: the number of points, and of strata per axis.</summary>
    public int Samples { get; }

    /// <inheritdoc />
    public override long Count => Samples;

    /// <inheritdoc />
    protected override void WriteUnit(long point, Span<double> unit)
    {
        for (var i = 0; i < _unit.Length; i++) unit[i] = _unit[i][point];
    }

    /// <summary>(stratum + offset)/n, nudged by an ulp where rounding would carry it into the next stratum, so that
    /// ⌊u·n⌋ = stratum holds for the value stored, not only for the real number it stands for.</summary>
    internal static double InStratum(int stratum, double offset, int n)
    {
        var u = (stratum + offset) / n;
        while (u > 0 && Math.Floor(u * n) > stratum) u = Math.BitDecrement(u);
        while (Math.Floor(u * n) < stratum) u = Math.BitIncrement(u);
        return u;
    }
}
