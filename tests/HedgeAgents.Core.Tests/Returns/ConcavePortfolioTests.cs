using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Core.Returns;

namespace HedgeAgents.Core.Tests.Returns;

/// <summary>Version 2's hedging portfolio: the profile when nothing is at risk, interior moves away from risk, caps
/// respected, and no feasible portfolio does better.</summary>
public class ConcavePortfolioTests
{
    private static readonly double[] Profile = [0.2969, 0.1801, 0.1942, 0.0469, 0.0231, 0.2588];
    private static readonly double[] NoCap = [.. Enumerable.Repeat(double.PositiveInfinity, 6)];

    private static double Objective(double o, double[] p, double[] mu, double[] q, double[] w) =>
        o * ConcaveReturns.Value(w, p) - w.Select((x, b) => mu[b] * x + 0.5 * q[b] * x * x).Sum();

    private static double[] Solve(double o, double[] p, double[] mu, double[] q, double[] cap)
    {
        var w = new double[p.Length];
        ConcavePortfolio.Solve(o, p, mu, q, cap, w);
        return w;
    }

    [Test]
    public void Solve_NothingAtRisk_TheProfileIsOptimal()
    {
        var w = Solve(0.54, Profile, new double[6], new double[6], NoCap);
        Assert.That(w, Is.EqualTo(Profile).Within(1e-9));
    }

    [Test]
    public void Solve_ExpectedLossOnOnePartner_MovesAwayFromItButKeepsEveryPartner()
    {
        // Given an expected loss of 0.05 per unit weight on Russia (index 2)
        double[] mu = [0, 0, 0.05, 0, 0, 0];
        var w = Solve(0.54, Profile, mu, new double[6], NoCap);

        // Then Russia's weight falls, every other rises in proportion to its share, and nobody is dropped
        Assert.That(w.Sum(), Is.EqualTo(1.0).Within(1e-12));
        Assert.That(w[2], Is.LessThan(Profile[2]).And.GreaterThan(0.05));
        for (var b = 0; b < 6; b++)
            if (b != 2) Assert.That(w[b] / Profile[b], Is.EqualTo(w[0] / Profile[0]).Within(1e-9), $"partner {b}");
    }

    [Test]
    public void Solve_CapBelowAShare_HoldsItAtTheCap()
    {
        double[] cap = [0.25, .. Enumerable.Repeat(double.PositiveInfinity, 5)];
        var w = Solve(0.54, Profile, new double[6], new double[6], cap);
        Assert.That(w[0], Is.EqualTo(0.25).Within(1e-9));
        Assert.That(w.Sum(), Is.EqualTo(1.0).Within(1e-12));
    }

    public sealed record Case(double Openness, double[] Profile, double[] Mu, double[] Q, double[] Cap, double[] Other)
    {
        public override string ToString() =>
            $"o={Openness} ŵ=[{string.Join(", ", Profile)}] μ=[{string.Join(", ", Mu)}] q=[{string.Join(", ", Q)}] cap=[{string.Join(", ", Cap)}]";
    }

    private static Gen<double[]> Simplex(int n) =>
        Gen.ArrayOf(Gen.Choose(1, 1000).Select(x => (double)x), n).Select(v => v.Select(x => x / v.Sum()).ToArray());

    private static Arbitrary<Case> Cases() =>
        (from n in Gen.Choose(2, 7)
         from o in Gen.Choose(10, 100).Select(x => x / 100.0)
         from p in Simplex(n)
         from mu in Gen.ArrayOf(Gen.Choose(0, 100).Select(x => x / 500.0), n)
         from q in Gen.ArrayOf(Gen.Choose(0, 100).Select(x => x / 200.0), n)
         from cap in Gen.ArrayOf(Gen.Choose(20, 120).Select(x => x > 100 ? double.PositiveInfinity : x / 100.0), n)
         from other in Simplex(n)
         select new Case(o, p, mu, q, cap, other)).ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Solve_AnyProblem_FeasibleAndNoFeasibleMixBeatsIt() =>
        Prop.ForAll(Cases(), s =>
        {
            // Given a random concave problem, its solution, and a random feasible portfolio mixed toward it
            var w = Solve(s.Openness, s.Profile, s.Mu, s.Q, s.Cap);
            var effectiveCap = s.Cap.Sum(c => Math.Min(1.0, c)) >= 1.0;

            // Then the solution sums to 1 within its caps (where they are feasible), and no point on the segment to
            // another feasible portfolio is better (concavity makes that a global check along the segment)
            Assert.That(w.Sum(), Is.EqualTo(1.0).Within(1e-9), s.ToString());
            Assert.That(w, Has.All.GreaterThanOrEqualTo(0.0), s.ToString());
            if (!effectiveCap) return;
            for (var b = 0; b < w.Length; b++) Assert.That(w[b], Is.LessThanOrEqualTo(Math.Min(1.0, s.Cap[b]) + 1e-9), $"{s} b={b}");
            var other = Feasible(s.Other, s.Cap);
            if (other is null) return;
            var best = Objective(s.Openness, s.Profile, s.Mu, s.Q, w);
            foreach (var t in new[] { 0.01, 0.1, 0.5, 1.0 })
            {
                var mix = w.Select((x, b) => (1 - t) * x + t * other[b]).ToArray();
                Assert.That(Objective(s.Openness, s.Profile, s.Mu, s.Q, mix), Is.LessThanOrEqualTo(best + 1e-9), $"{s} t={t}");
            }
        });

    // A simplex point moved under the caps by pouring the excess into partners with room; null if none fits.
    private static double[]? Feasible(double[] x, double[] cap)
    {
        var w = (double[])x.Clone();
        for (var pass = 0; pass < 20; pass++)
        {
            var excess = 0.0;
            for (var b = 0; b < w.Length; b++)
                if (w[b] > cap[b]) { excess += w[b] - cap[b]; w[b] = cap[b]; }
            if (excess <= 0) return w;
            var room = w.Select((v, b) => Math.Max(0, Math.Min(1.0, cap[b]) - v)).Sum();
            if (room <= excess) return null;
            for (var b = 0; b < w.Length; b++) w[b] += excess * Math.Max(0, Math.Min(1.0, cap[b]) - w[b]) / room;
        }
        return null;
    }
}
