using System.Numerics;

namespace HedgeAgents.Core.Sweeps;

/// <summary>Where each point of a Saltelli design sits, for the Sobol'-index estimator reading a finished sweep back:
/// base sample j occupies points j(d+2) .. j(d+2)+d+1, in the order A_j, AB_j^(1) .. AB_j^(d), B_j.</summary>
/// <remarks>Roles: 0 is A, 1..d is AB for axis role−1 (A with that axis's column taken from B), d+1 is B.
/// Base sample j uses point <see cref="SequenceIndex"/>(j) of a 2d-dimensional Sobol' sequence: A its first d
/// coordinates, B its last d.</remarks>
/// <param name="Dimensions">d: the number of axes.</param>
/// <param name="BaseSamples">N: the number of base samples.</param>
public readonly record struct SaltelliLayout(int Dimensions, long BaseSamples)
{
    /// <summary>The role of matrix A's point.</summary>
    public const int RoleA = 0;

    /// <summary>Points per base sample: d + 2.</summary>
    public int PointsPerSample => Dimensions + 2;

    /// <summary>Number of points: N(d+2).</summary>
    public long Count => BaseSamples * PointsPerSample;

    /// <summary>The role of matrix B's point: d + 1.</summary>
    public int RoleB => Dimensions + 1;

    /// <summary>Sobol' points skipped before base sample 0: <see cref="SkipFor"/>(N).</summary>
    public long Skip => SkipFor(BaseSamples);

    /// <summary>The role of AB for <paramref name="axis"/> (0-based): axis + 1.</summary>
    public static int RoleAB(int axis) => axis + 1;

    /// <summary>The point of base sample <paramref name="sample"/> with role <paramref name="role"/>.</summary>
    public long PointOf(long sample, int role) => sample * PointsPerSample + role;

    /// <summary>The base sample a point belongs to.</summary>
    public long SampleOf(long point) => point / PointsPerSample;

    /// <summary>A point's role (see the remarks).</summary>
    public int RoleOf(long point) => (int)(point % PointsPerSample);

    /// <summary>The Sobol' sequence index base sample <paramref name="sample"/> is made from: Skip + sample.</summary>
    public long SequenceIndex(long sample) => Skip + sample;

    /// <summary>The leading points of the Sobol' sequence left out: the smallest power of two ≥ N, and at least 16 —
    /// SALib's default in <c>saltelli.sample</c> (versions 1.4.x), whose output this design reproduces.</summary>
    /// <remarks>Why skip: the first points are degenerate for Saltelli's estimators (points 0 and 1 are all 0 and all ½
    /// in every dimension, so A = B and each AB^(i) = A) and the early points repeat values across dimensions
    /// (Campolongo et al. 2011, Table 2). Why a power of two ≥ N rather than just point 0: the 2^m points from a
    /// multiple of 2^m onward are a digitally shifted copy of the first 2^m, so for N = 2^m the base samples are still a
    /// (t, m, 2d)-net, whereas dropping only point 0 breaks that balance (Owen 2020, "On dropping the first Sobol' point").
    /// The cost: the points depend on N, so a sweep with more samples is not an extension of a smaller one.</remarks>
    public static long SkipFor(long baseSamples) =>
        Math.Max(16L, baseSamples <= 1 ? 1L : (long)BitOperations.RoundUpToPowerOf2((ulong)baseSamples));
}
