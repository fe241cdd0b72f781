using HedgeAgents.Core.Sweeps;

namespace HedgeAgents.Core.Tests.Sweeps;

public class SobolSequenceTests
{
    [Test]
    public void Fill_FirstEightPointsInFiveDimensions_MatchPublishedValues()
    {
        // Given the sequence in 5 dimensions
        var sobol = new SobolSequence(5);

        // When points 0..7 are read
        var points = Enumerable.Range(0, 8).Select(n =>
        {
            var x = new double[5];
            sobol.Fill(n, x);
            return x;
        }).ToArray();

        // Then they are the published values. Source: scipy.stats.qmc.Sobol(5, scramble=False).random(8) (scipy 1.10.1,
        // direction numbers new-joe-kuo-6.21201); points 0..7 depend only on m_1..m_3 of the file's first lines, so any
        // implementation of Joe and Kuo's numbers in Gray-code order gives these.
        Assert.That(points, Is.EqualTo(new[]
        {
            new[] { 0.0, 0.0, 0.0, 0.0, 0.0 },
            [0.5, 0.5, 0.5, 0.5, 0.5],
            [0.75, 0.25, 0.25, 0.25, 0.75],
            [0.25, 0.75, 0.75, 0.75, 0.25],
            [0.375, 0.375, 0.625, 0.875, 0.375],
            [0.875, 0.875, 0.125, 0.375, 0.875],
            [0.625, 0.125, 0.875, 0.625, 0.625],
            [0.125, 0.625, 0.375, 0.125, 0.125],
        }));
    }

    // Weighted sums Σ_j (j+1)·x_n^(j) over all 1024 dimensions, and coordinates 512 and 1024, from
    // scipy.stats.qmc.Sobol(1024, scramble=False) after fast_forward(n) (scipy 1.10.1). The values are dyadic with at
    // most 23 fraction bits, so the sums are exact in double. Index 699050 has gray(n) = 2^20 − 1: it XORs v_1..v_20 of
    // every dimension, so every m_i of the embedded table and 7+ recurrence steps feed into it.
    [TestCase(1L, 262400.0, 0.5, 0.5)]
    [TestCase(2L, 262247.0, 0.75, 0.75)]
    [TestCase(5L, 261223.25, 0.875, 0.375)]
    [TestCase(1000L, 255325.34375, 0.3955078125, 0.7138671875)]
    [TestCase(699050L, 265657.1905784607, 0.20220279693603516, 0.4875307083129883)]
    [TestCase(4206649L, 257543.80535674095, 0.6774090528488159, 0.8172100782394409)]
    public void Fill_AllEmbeddedDimensions_MatchScipyDigest(long n, double weightedSum, double x512, double x1024)
    {
        // Given the sequence in every embedded dimension
        var sobol = new SobolSequence(SobolSequence.MaxDimensions);
        var x = new double[SobolSequence.MaxDimensions];

        // When point n is read
        sobol.Fill(n, x);

        // Then the digest and two coordinates are exactly scipy's
        Assert.That(x.Select((v, j) => (j + 1) * v).Sum(), Is.EqualTo(weightedSum));
        Assert.That(x[511], Is.EqualTo(x512));
        Assert.That(x[1023], Is.EqualTo(x1024));
    }

    [Test]
    public void Table_FirstRecords_MatchTheFileLines()
    {
        // Given the first lines of new-joe-kuo-6.21201 (columns d s a m_i)
        //   2 1 0 1 / 3 2 1 1 3 / 4 3 1 1 3 1 / 5 3 2 1 1 1 / 6 4 1 1 1 3 3 / 7 4 4 1 3 5 13
        ushort[] expected = [1, 0, 1, 2, 1, 1, 3, 3, 1, 1, 3, 1, 3, 2, 1, 1, 1, 4, 1, 1, 1, 3, 3, 4, 4, 1, 3, 5, 13];

        // When the embedded table's start is read / Then it is those records without the d column
        Assert.That(JoeKuoDirections.Table[..expected.Length].ToArray(), Is.EqualTo(expected));
    }

    [Test]
    public void Table_Records_CoverExactlyTheDeclaredDimensions()
    {
        // Given the embedded table / When its records (s, a, m_1..m_s) are walked
        var table = JoeKuoDirections.Table;
        var records = 0;
        var at = 0;
        var wellFormed = true;
        while (at < table.Length)
        {
            int s = table[at], a = table[at + 1];
            // Each m_i is odd and below 2^i, and a has s−1 bits: what Sobol's construction requires.
            for (var i = 1; i <= s; i++) wellFormed &= table[at + 1 + i] % 2 == 1 && table[at + 1 + i] < 1 << i;
            wellFormed &= a < 1 << Math.Max(0, s - 1);
            at += 2 + s;
            records++;
        }

        // Then there is one well-formed record per dimension 2..MaxDimensions and nothing left over
        Assert.That(records, Is.EqualTo(SobolSequence.MaxDimensions - 1));
        Assert.That(at, Is.EqualTo(table.Length));
        Assert.That(wellFormed, Is.True);
    }

    [Test]
    public void Coordinate_ManyIndicesAndDimensions_InUnitIntervalAndEqualToFill()
    {
        // Given the sequence in 40 dimensions
        var sobol = new SobolSequence(40);
        var x = new double[40];

        foreach (var n in new long[] { 0, 1, 2, 3, 1023, 1024, 65535, 1L << 33, (1L << 40) + 12345, SobolSequence.MaxIndex })
        {
            // When a point is read whole and coordinate by coordinate
            sobol.Fill(n, x);

            // Then every coordinate is in [0, 1) and both ways agree
            Assert.That(x.Min(), Is.GreaterThanOrEqualTo(0.0), $"n = {n}");
            Assert.That(x.Max(), Is.LessThan(1.0), $"n = {n}");
            for (var d = 0; d < 40; d++) Assert.That(sobol.Coordinate(n, d), Is.EqualTo(x[d]));
        }
    }

    [Test]
    public void Fill_FirstPowerOfTwoPoints_OnePerDyadicInterval()
    {
        // Given the first 2^10 points in 12 dimensions
        var sobol = new SobolSequence(12);
        var x = new double[12];
        var cells = new int[12, 1024];

        // When the cell ⌊1024·x⌋ of each coordinate is counted
        for (var n = 0; n < 1024; n++)
        {
            sobol.Fill(n, x);
            for (var d = 0; d < 12; d++) cells[d, (int)(x[d] * 1024)]++;
        }

        // Then each one-dimensional projection has exactly one point per cell (the (0, m, 1)-net property)
        Assert.That(cells.Cast<int>(), Is.All.EqualTo(1));
    }

    [Test]
    public void Constructor_DimensionsOutOfRange_Throws()
    {
        // Given 0 or more dimensions than embedded / When constructed / Then refused
        Assert.That(() => new SobolSequence(0), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => new SobolSequence(SobolSequence.MaxDimensions + 1), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => new SobolSequence(3).Coordinate(-1, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
