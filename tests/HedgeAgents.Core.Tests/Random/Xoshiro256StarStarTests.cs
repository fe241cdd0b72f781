using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Tests.Random;

public class Xoshiro256StarStarTests
{
    // The expected outputs were produced by the reference C code of Blackman and Vigna (xoshiro256starstar.c 1.0 and
    // splitmix64.c from prng.di.unimi.it, copied verbatim into /tmp/xo/xo.c), compiled with `gcc -O2 xo.c` and run:
    //   s = {1, 2, 3, 4}; print next() ten times;
    //   x = 42; s[i] = splitmix64_next() for i = 0..3; print next() ten times;
    //   x = 0; print splitmix64_next() three times.
    private static readonly ulong[] FromState1234 =
    [
        0x0000000000002D00UL, 0x0000000000000000UL, 0x000000005A007080UL, 0x10E0000000009D80UL, 0x10E0B61CE1009D80UL,
        0x0870021CE143AD00UL, 0xE071C3C2E143F089UL, 0x75A1690EF7A20380UL, 0x9309685B465C23F9UL, 0x284F3CC2E13E3C88UL,
    ];

    private static readonly ulong[] SplitMixSeed42 =
    [
        0x15780B2E0C2EC716UL, 0x6104D9866D113A7EUL, 0xAE17533239E499A1UL, 0xECB8AD4703B360A1UL, 0xFDE6DC7FE2EC5E64UL,
        0xC50DA53101795238UL, 0xB82154855A65DDB2UL, 0xD99A2743EBE60087UL, 0xC2E96E726E97647EUL, 0x9556615F775FBC3DUL,
    ];

    private static readonly ulong[] SplitMixFromZero = [0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL, 0x06C45D188009454FUL];

    [Test]
    public void NextUInt64_FromState1234_MatchesReferenceC()
    {
        // Given the raw state {1, 2, 3, 4}
        var rng = Xoshiro256StarStar.FromState(1, 2, 3, 4);

        // When ten outputs are drawn
        var actual = Enumerable.Range(0, 10).Select(_ => rng.NextUInt64()).ToArray();

        // Then they equal the reference implementation's outputs bit for bit
        Assert.That(actual, Is.EqualTo(FromState1234));
    }

    [Test]
    public void NextUInt64_SeededThroughSplitMix64_MatchesReferenceC()
    {
        // Given a generator seeded with 42 (state = four SplitMix64 outputs, as the authors recommend)
        var rng = new Xoshiro256StarStar(42);

        // When ten outputs are drawn
        var actual = Enumerable.Range(0, 10).Select(_ => rng.NextUInt64()).ToArray();

        // Then they equal the reference outputs
        Assert.That(actual, Is.EqualTo(SplitMixSeed42));
    }

    [Test]
    public void SplitMix64Next_FromZero_MatchesReferenceC()
    {
        // Given a SplitMix64 state of 0
        ulong state = 0;

        // When three outputs are drawn
        var actual = Enumerable.Range(0, 3).Select(_ => SplitMix64.Next(ref state)).ToArray();

        // Then they equal the reference outputs
        Assert.That(actual, Is.EqualTo(SplitMixFromZero));
    }

    [Test]
    public void NextDouble_ManyDraws_InUnitIntervalWithUniformMoments()
    {
        // Given a seeded generator
        var rng = new Xoshiro256StarStar(2024);
        const int n = 1_000_000;

        // When a million doubles are drawn
        double sum = 0, sumSq = 0, min = 1, max = 0;
        for (var i = 0; i < n; i++)
        {
            var u = rng.NextDouble();
            sum += u;
            sumSq += u * u;
            min = Math.Min(min, u);
            max = Math.Max(max, u);
        }

        // Then every draw is in [0, 1) and mean and variance match U(0,1) within 5 standard errors
        // (s.e. of the mean = sqrt(1/12/n) ≈ 2.9e-4; of the second moment ≈ sqrt(4/45/n) ≈ 3.0e-4)
        Assert.That(min, Is.GreaterThanOrEqualTo(0.0));
        Assert.That(max, Is.LessThan(1.0));
        Assert.That(sum / n, Is.EqualTo(0.5).Within(5 * Math.Sqrt(1.0 / 12 / n)));
        Assert.That(sumSq / n, Is.EqualTo(1.0 / 3).Within(5 * Math.Sqrt(4.0 / 45 / n)));
    }

    [Test]
    public void NextDouble_AnyState_UsesTop53BitsOfNextUInt64()
    {
        // Given two copies of the same generator (it is a value type)
        var a = new Xoshiro256StarStar(99);
        var b = a;

        for (var i = 0; i < 1000; i++)
        {
            // When one draws a double and the other the raw 64 bits
            var d = a.NextDouble();
            var bits = b.NextUInt64();

            // Then the double is the top 53 bits scaled by 2^-53: in [0, 1) by construction, never 1
            Assert.That(d, Is.EqualTo((bits >> 11) * Math.Pow(2, -53)));
        }
        Assert.That((ulong.MaxValue >> 11) * Math.Pow(2, -53), Is.LessThan(1.0));
    }

    [Test]
    public void Copy_OfGenerator_ReproducesTheSameSequence()
    {
        // Given a generator advanced a little, and a copy of it
        var a = new Xoshiro256StarStar(7);
        a.NextUInt64();
        var b = a;

        // When both draw
        var xs = Enumerable.Range(0, 20).Select(_ => a.NextDouble()).ToArray();
        var ys = Enumerable.Range(0, 20).Select(_ => b.NextDouble()).ToArray();

        // Then the sequences are equal
        Assert.That(ys, Is.EqualTo(xs));
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(10)]
    public void NextInt_ManyDraws_InRangeAndEveryValueHit(int n)
    {
        // Given a seeded generator
        var rng = new Xoshiro256StarStar(5);
        var counts = new int[n];

        // When 10 000·n integers in [0, n) are drawn
        for (var i = 0; i < 10_000 * n; i++) counts[rng.NextInt(n)]++;

        // Then each value appears 10 000 times within 5 binomial standard errors
        var sd = Math.Sqrt(10_000.0 * (1 - 1.0 / n));
        Assert.That(counts, Has.All.InRange(10_000 - 5 * sd, 10_000 + 5 * sd));
    }

    [Test]
    public void NextNormalPair_ManyDraws_StandardNormalMoments()
    {
        // Given a seeded generator
        var rng = new Xoshiro256StarStar(11);
        const int pairs = 250_000;
        double sum = 0, sumSq = 0, cross = 0;

        // When 500 000 normals are drawn in pairs
        for (var i = 0; i < pairs; i++)
        {
            rng.NextNormalPair(out var z0, out var z1);
            sum += z0 + z1;
            sumSq += z0 * z0 + z1 * z1;
            cross += z0 * z1;
        }

        // Then mean 0, variance 1 and no correlation within the pair, each within 5 standard errors
        const int n = 2 * pairs;
        Assert.That(sum / n, Is.EqualTo(0.0).Within(5 / Math.Sqrt(n)));
        Assert.That(sumSq / n, Is.EqualTo(1.0).Within(5 * Math.Sqrt(2.0 / n)));
        Assert.That(cross / pairs, Is.EqualTo(0.0).Within(5 / Math.Sqrt(pairs)));
    }

    [Test]
    public void NextIndex_Weights_FrequenciesProportionalAndZeroWeightNeverDrawn()
    {
        // Given weights 1 : 0 : 3
        var rng = new Xoshiro256StarStar(3);
        double[] weights = [1, 0, 3];
        var counts = new int[3];
        const int n = 400_000;

        // When indices are drawn
        for (var i = 0; i < n; i++) counts[rng.NextIndex(weights)]++;

        // Then the zero-weight index never comes up and index 0 has frequency 1/4 within 5 standard errors
        Assert.That(counts[1], Is.Zero);
        Assert.That(counts[0] / (double)n, Is.EqualTo(0.25).Within(5 * Math.Sqrt(0.25 * 0.75 / n)));
    }
}
