using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Experiments.Sweeps.Output;

namespace HedgeAgents.Experiments.Tests.Sweeps.Output;

public class RunningMomentsTests
{
    [Test]
    public void Add_NoValues_NaN()
    {
        // Given no values / Then mean and sd are undefined
        var moments = new RunningMoments();
        Assert.That((moments.Count, moments.Mean, moments.SampleSd), Is.EqualTo((0L, double.NaN, double.NaN)));
    }

    [Test]
    public void Add_AnyValues_MatchesTwoPassFormulas()
    {
        // Given 2 to 50 values in [-1000, 1000] in steps of 0.001
        var lists = Gen.Choose(2, 50).SelectMany(n => Gen.ArrayOf(Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 1000.0), n));

        // When added / Then Welford's mean and sample s.d. equal the two-pass ones within 1e-9 of the values' scale
        var property = Prop.ForAll(lists.ToArbitrary(), values =>
            {
                var moments = new RunningMoments();
                foreach (var v in values) moments.Add(v);
                var mean = values.Average();
                var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
                var scale = 1 + values.Max(Math.Abs);
                return Math.Abs(moments.Mean - mean) <= 1e-9 * scale && Math.Abs(moments.SampleSd - sd) <= 1e-9 * scale;
            });
        Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(200), property);
    }
}
