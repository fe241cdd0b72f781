using HedgeAgents.Core.Shocks;
using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Tests.Support;

namespace HedgeAgents.Core.Tests.Engine;

/// <summary>MODEL.md section 9 item 7: invariants over random small worlds (FsCheck).</summary>
public class RunInvariantsTests
{
    private static readonly string[] MidRules =
    [
        "best-response", "best-response-noisy", "q-learning", "q-learning-eps",
        "fixed:hedging", "fixed:equidistance", "fixed:bandwagoning:CHN", "fixed:balancing:RUS",
    ];

    /// <summary>A random small world and how its actors learn.</summary>
    public sealed record WorldCase(
        double[] Returns, double Sigma, double Hazard, double Rivalry, double Openness, double Capacity,
        double RiskAversion, double Intensity, string MidRule, bool GreatPowersLearn, int Seed)
    {
        public override string ToString() => FormattableString.Invariant(
            $"R=[{string.Join(", ", Returns)}] σ={Sigma} hazard={Hazard} rivalry={Rivalry} openness={Openness} capacity={Capacity} a={RiskAversion} intensity={Intensity} rule={MidRule} gpLearn={GreatPowersLearn} seed={Seed}");

        public ModelParameters Parameters()
        {
            LearningSpec learning = MidRule switch
            {
                "best-response" => LearningSpec.Default,
                "best-response-noisy" => World.Rule("best-response", ("inertia", "0.3"), ("temperature", "0.05")),
                "q-learning" => World.Rule("q-learning"),
                "q-learning-eps" => World.Rule("q-learning", ("exploration", "epsilon-greedy"), ("epsilon", "0.5")),
                _ => World.Fixed(MidRule["fixed:".Length..]),
            };
            var p = World.Build(Returns, Sigma, Hazard, Rivalry, Openness, Capacity, RiskAversion, learning);
            p = p with { Strategies = p.Strategies with { Equidistance = new EquidistanceParameters(Intensity) } };
            if (GreatPowersLearn)
                p = p with
                {
                    Actors = [.. p.Actors.Select(a => a.Kind == ActorKind.Great ? a with { Learning = World.Rule("best-response", ("temperature", "0.02")) } : a)],
                };
            return p;
        }
    }

    private static Gen<double> Uniform(double lo, double hi, int steps = 1000) =>
        Gen.Choose(0, steps).Select(i => lo + (hi - lo) * i / steps);

    private static Arbitrary<WorldCase> Worlds() =>
        (from returns in Gen.ArrayOf(Uniform(0.0, 1.0), 6)
         from sigma in Uniform(0, 0.5)
         from hazard in Gen.Frequency((1, Gen.Constant(0.0)), (1, Gen.Constant(1.0)), (4, Uniform(0, 0.5)))
         from rivalry in Uniform(0, 1)
         from openness in Uniform(0.05, 1)
         from capacity in Uniform(0, 1)
         from riskAversion in Gen.Frequency((1, Gen.Constant(0.0)), (4, Uniform(0, 5)))
         from intensity in Gen.Frequency((1, Gen.Constant(1.0)), (1, Uniform(0.5, 1)))
         from rule in Gen.Elements(MidRules)
         from gpLearn in Gen.Elements(false, true)
         from seed in Gen.Choose(0, 1_000_000)
         select new WorldCase(returns, sigma, hazard, rivalry, openness, capacity, riskAversion, intensity, rule, gpLearn, seed)).ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 120)]
    public Property Run_RandomSmallWorld_WeightsStocksHhiAndPayoffsStayValid() =>
        Prop.ForAll(Worlds(), world =>
        {
            // Given a random small world
            var p = world.Parameters();
            var intensity = p.Strategies.Equidistance.Intensity;

            // When it runs for 30 rounds
            var trace = TraceObserver.Run(World.Spec(p, rounds: 30, burnIn: 0), (ulong)world.Seed);

            // Then in every round, for every actor (tolerance 1e-12 on sums and bounds):
            foreach (var r in trace.Rounds)
                for (var i = 0; i < r.Actors.Length; i++)
                {
                    var a = r.Actors[i];
                    var where = $"round {r.Round}, actor {p.Actors[i].Id} ({a.Label}); {world}";
                    var n = a.Weights.Length;
                    // weights are ≥ 0 and sum to the action's intensity (equidistance: its intensity; others and partners: 1)
                    Assert.That(a.Weights, Has.All.GreaterThanOrEqualTo(0.0), where);
                    if (n > 0)
                    {
                        var expected = a.Action >= 0 && a.Archetype == Archetype.Equidistance ? intensity : 1.0;
                        Assert.That(a.Weights.Sum(), Is.EqualTo(expected).Within(1e-12), where);
                        // hedging respects dominance denial
                        if (a.Archetype == Archetype.Hedging && a.Action >= 0)
                            Assert.That(a.Weights, Has.All.LessThanOrEqualTo(Math.Max(p.Strategies.Hedging.Cap, 1.0 / n) + 1e-12), where);
                        // 1/n ≤ HHI ≤ 1
                        var hhi = 1 - a.Diversification;
                        Assert.That(hhi, Is.InRange(1.0 / n - 1e-12, 1.0 + 1e-12), where);
                    }
                    // insurance stocks stay in [0, 1]
                    Assert.That(a.Stocks, Has.All.InRange(0.0, 1.0), where);
                    // the payoff and every part of it are finite
                    var parts = a.Parts;
                    double[] all = [parts.Returns, parts.Loss(SanctionsKind.Slot), parts.Loss(DisruptionKind.Slot), parts.Loss(CoercionKind.Slot), parts.Loss(AbandonmentKind.Slot),
                        parts.InsuranceCost, parts.ReputationCost, parts.SidePayment, parts.Payoff];
                    Assert.That(all.All(double.IsFinite), Is.True, where);
                    // (reputation and insurance costs are shares of gross returns, which normal noise can make negative,
                    // so only the four losses are required to be non-negative)
                    Assert.That(new[] { parts.Loss(SanctionsKind.Slot), parts.Loss(DisruptionKind.Slot), parts.Loss(CoercionKind.Slot), parts.Loss(AbandonmentKind.Slot) },
                        Has.All.GreaterThanOrEqualTo(0.0), where);
                    Assert.That(a.Resilience, Is.InRange(0.0, 1.0 + 1e-12), where);
                }
        });
}
