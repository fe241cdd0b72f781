using System.Runtime.CompilerServices;

namespace HedgeAgents.Core.Random;

/// <summary>xoshiro256** (Blackman and Vigna 2018) as a mutable value type, seeded through SplitMix64.</summary>
/// <remarks>
/// We own the algorithm instead of using System.Random, whose sequence .NET does not promise across versions;
/// a struct keeps the inner loop free of allocation and makes every stream an explicit parameter.
/// The output sequence is pinned by a known-answer test against the reference C implementation.
/// </remarks>
public struct Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Seeds the four state words from one 64-bit seed by SplitMix64, as the authors recommend.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        var sm = seed;
        _s0 = SplitMix64.Next(ref sm);
        _s1 = SplitMix64.Next(ref sm);
        _s2 = SplitMix64.Next(ref sm);
        _s3 = SplitMix64.Next(ref sm);
    }

    /// <summary>Sets the raw state (for known-answer tests against the reference implementation).</summary>
    public static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        var rng = default(Xoshiro256StarStar);
        rng._s0 = s0; rng._s1 = s1; rng._s2 = s2; rng._s3 = s3;
        return rng;
    }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>A uniform integer in [0, n).</summary>
    public int NextInt(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n));
        return (int)((NextUInt64() >> 11) * (double)n / 9007199254740992.0);
    }

    /// <summary>A pair of independent standard normals by the Box–Muller transform (deterministic, no rejection).</summary>
    public void NextNormalPair(out double z0, out double z1)
    {
        var u1 = 1.0 - NextDouble(); // (0, 1]: log is finite
        var u2 = NextDouble();
        var r = Math.Sqrt(-2.0 * Math.Log(u1));
        var theta = 2.0 * Math.PI * u2;
        z0 = r * Math.Cos(theta);
        z1 = r * Math.Sin(theta);
    }

    /// <summary>Draws an index from unnormalised non-negative weights.</summary>
    public int NextIndex(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        if (!(total > 0)) return NextInt(weights.Length);
        var u = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0) return i;
        }
        for (var i = weights.Length - 1; i >= 0; i--)
            if (weights[i] > 0) return i;
        return weights.Length - 1;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
