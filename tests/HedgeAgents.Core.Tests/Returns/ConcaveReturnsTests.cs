using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Core.Returns;

namespace HedgeAgents.Core.Tests.Returns;

/// <summary>Version 2's returns index: maximal (1) at the observed profile, below it elsewhere, concave, with the
/// gradient its formula gives.</summary>
public class ConcaveReturnsTests
{
    // Kazakhstan's 2022 profile (data/trade-by-partner.csv): EU27, CHN, RUS, TUR, USA, rest of the world.
    private static readonly double[] Kazakhstan2022 = [0.2969, 0.1801, 0.1942, 0.0469, 0.0231, 0.2588];

    public sealed record Pair(double[] Profile, double[] X, double[] Y, double Lambda)
    {
        public override string ToString() => $"ŵ=[{string.Join(", ", Profile)}] x=[{string.Join(", ", X)}] y=[{string.Join(", ", Y)}] λ={Lambda}";
    }

    private static Gen<double[]> Simplex(int n) =>
        Gen.ArrayOf(Gen.Choose(1, 1000).Select(x => (double)x), n).Select(v => v.Select(x => x / v.Sum()).ToArray());

    private static Arbitrary<Pair> Pairs() =>
        (from n in Gen.Choose(2, 7)
         from p in Simplex(n)
         from x in Simplex(n)
         from y in Simplex(n)
         from l in Gen.Choose(0, 100).Select(v => v / 100.0)
         select new Pair(p, x, y, l)).ToArbitrary();

    [Test]
    public void Value_AtTheProfile_IsOne() =>
        Assert.That(ConcaveReturns.Value(Kazakhstan2022, Kazakhstan2022), Is.EqualTo(1.0).Within(1e-15));

    [Test]
    public void Value_KnownAnswer_SidingWithTheEuCostsTwoFifthsOfTheIndex()
    {
        // Given version 1's bandwagoning weights on the EU (0.7 on it, 0.06 on each of the five others)
        double[] w = [0.7, 0.06, 0.06, 0.06, 0.06, 0.06];

        // Then CD = Π (w_b/ŵ_b)^ŵ_b, computed term by term
        var expected = Kazakhstan2022.Select((p, b) => Math.Pow(w[b] / p, p)).Aggregate(1.0, (a, x) => a * x);
        Assert.That(ConcaveReturns.Value(w, Kazakhstan2022), Is.EqualTo(expected).Within(1e-14));
        Assert.That(expected, Is.EqualTo(0.5968).Within(1e-4), "version 1's bandwagoning weights keep 60% of the index");
    }

    [Test]
    public void Value_ZeroWeightOnAPartnerWithTrade_IsZero_AndAPartnerWithoutTradeDoesNotEnter()
    {
        Assert.That(ConcaveReturns.Value([0.5, 0.5, 0.0], [0.4, 0.4, 0.2]), Is.EqualTo(0.0));
        Assert.That(ConcaveReturns.Value([0.5, 0.3, 0.2], [0.5, 0.5, 0.0]), Is.EqualTo(Math.Pow(1.0, 0.5) * Math.Pow(0.6, 0.5)).Within(1e-15));
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Value_AnyWeights_AtMostOneAndConcaveAlongLines() =>
        Prop.ForAll(Pairs(), s =>
        {
            // Given a profile, two weight vectors and a point between them
            var mid = s.X.Select((x, b) => s.Lambda * x + (1 - s.Lambda) * s.Y[b]).ToArray();
            var fx = ConcaveReturns.Value(s.X, s.Profile);
            var fy = ConcaveReturns.Value(s.Y, s.Profile);

            // Then the index never exceeds its value at the profile, and lies above the chord (concavity)
            Assert.That(fx, Is.LessThanOrEqualTo(1.0 + 1e-12), s.ToString());
            Assert.That(ConcaveReturns.Value(mid, s.Profile), Is.GreaterThanOrEqualTo(s.Lambda * fx + (1 - s.Lambda) * fy - 1e-12), s.ToString());
        });

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public Property Gradient_AnyWeights_MatchesCentralDifferences() =>
        Prop.ForAll(Pairs(), s =>
        {
            var g = new double[s.X.Length];
            ConcaveReturns.Gradient(s.X, s.Profile, g);
            for (var b = 0; b < s.X.Length; b++)
            {
                var h = 1e-6 * s.X[b];
                var up = (double[])s.X.Clone();
                var down = (double[])s.X.Clone();
                up[b] += h;
                down[b] -= h;
                var numeric = (ConcaveReturns.Value(up, s.Profile) - ConcaveReturns.Value(down, s.Profile)) / (2 * h);
                Assert.That(g[b], Is.EqualTo(numeric).Within(1e-5 * Math.Max(1, Math.Abs(numeric))), $"{s} b={b}");
            }
        });
}
