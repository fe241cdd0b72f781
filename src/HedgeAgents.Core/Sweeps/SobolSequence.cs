using System.Numerics;

namespace HedgeAgents.Core.Sweeps;

/// <summary>The unscrambled Sobol' sequence (Sobol' 1967) with Joe and Kuo's (2008) direction numbers
/// (<c>new-joe-kuo-6.21201</c>), in Gray-code order: point n is the same as in Joe and Kuo's program, SALib and
/// <c>scipy.stats.qmc.Sobol(d, scramble=False)</c>, starting with the all-zero point at n = 0.</summary>
/// <remarks>
/// Points are computed directly from the index (x_n = XOR of the direction numbers v_k over the set bits k of
/// gray(n) = n ⊕ n/2), so any point costs O(d · log n) with no state and no table that grows with n.
/// Precision is 52 bits: every point with n &lt; 2^52 is exact (a multiple of 2^−52, held exactly by a double) and
/// lies in [0, 1); more bits would not survive the conversion to double.
/// </remarks>
public sealed class SobolSequence
{
    /// <summary>Bits of precision of each coordinate.</summary>
    public const int Bits = 52;

    /// <summary>Dimensions available from the embedded table.</summary>
    public const int MaxDimensions = JoeKuoDirections.Dimensions;

    /// <summary>Indices n must be below 2^<see cref="Bits"/>.</summary>
    public const long MaxIndex = (1L << Bits) - 1;

    private const double Scale = 1.0 / (1L << Bits);

    // _v[d·Bits + k] is direction number v_(k+1) of dimension d, scaled to an integer: m_(k+1) · 2^(Bits−k−1).
    private readonly ulong[] _v;

    /// <summary>The first <paramref name="dimensions"/> dimensions of the sequence.</summary>
    public SobolSequence(int dimensions)
    {
        if (dimensions < 1 || dimensions > MaxDimensions)
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, $"between 1 and {MaxDimensions}");
        Dimensions = dimensions;
        _v = new ulong[dimensions * Bits];
        for (var k = 0; k < Bits; k++) _v[k] = 1UL << (Bits - 1 - k);

        var table = JoeKuoDirections.Table;
        var at = 0;
        for (var d = 1; d < dimensions; d++)
        {
            int s = table[at], a = table[at + 1];
            var v = _v.AsSpan(d * Bits, Bits);
            for (var k = 0; k < s && k < Bits; k++) v[k] = (ulong)table[at + 2 + k] << (Bits - 1 - k);
            // Sobol's recurrence on the scaled numbers: v_k = v_(k−s) ⊕ v_(k−s)/2^s ⊕ Σ_(i<s) a_i v_(k−i).
            for (var k = s; k < Bits; k++)
            {
                var next = v[k - s] ^ (v[k - s] >> s);
                for (var i = 1; i < s; i++)
                    if (((a >> (s - 1 - i)) & 1) != 0) next ^= v[k - i];
                v[k] = next;
            }
            at += 2 + s;
        }
    }

    /// <summary>Number of dimensions of each point.</summary>
    public int Dimensions { get; }

    /// <summary>Coordinate <paramref name="dimension"/> (0-based) of point <paramref name="index"/>.</summary>
    public double Coordinate(long index, int dimension)
    {
        if ((ulong)index > MaxIndex) throw new ArgumentOutOfRangeException(nameof(index), index, $"an index in [0, 2^{Bits})");
        if ((uint)dimension >= (uint)Dimensions) throw new ArgumentOutOfRangeException(nameof(dimension));
        return Xor(Gray(index), dimension) * Scale;
    }

    /// <summary>Writes point <paramref name="index"/>; the span's length is the number of leading dimensions written.</summary>
    public void Fill(long index, Span<double> point)
    {
        if ((ulong)index > MaxIndex) throw new ArgumentOutOfRangeException(nameof(index), index, $"an index in [0, 2^{Bits})");
        if (point.Length > Dimensions) throw new ArgumentOutOfRangeException(nameof(point), point.Length, $"at most {Dimensions} values");
        var gray = Gray(index);
        for (var d = 0; d < point.Length; d++) point[d] = Xor(gray, d) * Scale;
    }

    private static ulong Gray(long index) => (ulong)index ^ ((ulong)index >> 1);

    private ulong Xor(ulong gray, int dimension)
    {
        var v = _v.AsSpan(dimension * Bits, Bits);
        var x = 0UL;
        for (; gray != 0; gray &= gray - 1) x ^= v[BitOperations.TrailingZeroCount(gray)];
        return x;
    }
}
