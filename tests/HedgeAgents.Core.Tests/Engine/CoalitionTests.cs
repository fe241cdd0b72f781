using HedgeAgents.Core.Shocks;
using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Tests.Support;

namespace HedgeAgents.Core.Tests.Engine;

/// <summary>Coalitions of middle powers pool bargaining power against coercion (docs/model.md §7.4): in the loss
/// ratio power_g / (power_g + power_a), power_a becomes power_a + c · Σ other members' power.</summary>
public class CoalitionTests
{
    private static readonly string[] GreatPowers = ["RUS", "CHN", "EUR", "USA"];
    private const double Openness = 0.6;
    private const double Severity = 0.5;
    private const double GreatPower = 5.0;   // World.Build's great powers

    /// <summary>World.Build's world plus middle powers M2 and M3 with MID's relations; MID, M2, M3 have the given
    /// powers and learning; coercion has the given hazard, every other shock none.</summary>
    private static ModelParameters Bloc(double[] powers, double coercion, LearningSpec learning, double sigma = 0.0,
        double otherHazards = 0.0, double rivalry = 0.0)
    {
        var p = World.Build([0.3, 0.25, 0.2, 0.2, 0.1, 0.1], sigma: sigma, hazard: otherHazards, rivalry: rivalry, learning: learning);
        var actors = p.Actors.SetItem(0, p.Actors[0] with { Power = powers[0] });
        var relations = p.Relations;
        for (var m = 1; m < powers.Length; m++)
        {
            var id = $"M{m + 1}";
            actors = actors.Insert(m, World.Actor(id, ActorKind.Middle, Openness, learning: learning, power: powers[m]));
            relations = relations.AddRange(p.Relations.Where(r => r.From == "MID").Select(r => r with { From = id }));
        }
        return p with
        {
            Actors = actors,
            Relations = relations,
            Shocks = p.Shocks with { Coercion = p.Shocks.Coercion with { Hazard = coercion } },
        };
    }

    private static ModelParameters With(ModelParameters p, double cohesion) =>
        p with { Coalitions = [new CoalitionSpec("C5", [.. p.Actors.Where(a => a.Kind == ActorKind.Middle).Select(a => a.Id)], cohesion)] };

    private static string Trace(ModelParameters p, ulong seed, int rounds = 60) =>
        string.Join("\n", TraceObserver.Run(World.Spec(p, rounds, 0), seed).Rounds.Select(r =>
            string.Join(";", r.Actors.Select(a => FormattableString.Invariant(
                $"{a.Label}|{a.Parts.Payoff:R}|{a.Parts.Loss(CoercionKind.Slot):R}|{string.Join(",", a.Weights.Select(w => w.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}|{string.Join(",", a.Stocks.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}")))
            + "|" + string.Join(",", r.Shocks)));

    [TestCase(0.0)]
    [TestCase(0.5)]
    [TestCase(1.0)]
    public void CompiledModel_BargainingPower_IsOwnPowerPlusCohesionTimesTheOthers(double cohesion)
    {
        // Given three middle powers of power 0.26, 0.09 and 0.014 in one coalition
        var m = new CompiledModel(With(Bloc([0.26, 0.09, 0.014], 0.1, LearningSpec.Default), cohesion));

        // When the compiled bargaining powers are read
        // Then each is its own power plus c × the other two, and great powers and partners keep their own
        Assert.That(m.BargainingPower[0], Is.EqualTo(0.26 + cohesion * (0.09 + 0.014)).Within(1e-15));
        Assert.That(m.BargainingPower[1], Is.EqualTo(0.09 + cohesion * (0.26 + 0.014)).Within(1e-15));
        Assert.That(m.BargainingPower[2], Is.EqualTo(0.014 + cohesion * (0.26 + 0.09)).Within(1e-15));
        for (var i = 3; i < m.ActorCount; i++) Assert.That(m.BargainingPower[i], Is.EqualTo(m.Power[i]));
    }

    [TestCase("best-response")]
    [TestCase("imitation")]
    [TestCase("q-learning")]
    public void Run_CohesionZero_ByteIdenticalToNoCoalition(string rule)
    {
        // Given a turbulent world of three learning middle powers, with and without a coalition of cohesion 0
        var p = Bloc([0.26, 0.09, 0.014], 0.2, World.Rule(rule), sigma: 0.2, otherHazards: 0.1, rivalry: 0.6);

        // When both run with the same seed
        var without = Trace(p, 17);
        var zero = Trace(With(p, 0.0), 17);

        // Then every action, payoff, loss, weight, stock and shock is the same, bit for bit
        Assert.That(zero, Is.EqualTo(without));
        Assert.That(without, Does.Contain("Kind = coercion"), "the world must have coercion for the test to mean something");
    }

    [Test]
    public void Run_CohesionOne_CoercionLossIsTheFormulasExactly()
    {
        // Given three middle powers held at equidistance, coercion certain every round (hazard 1), no other shock,
        // no insurance (stocks stay 0), in a coalition of cohesion 1
        double[] powers = [0.26, 0.09, 0.014];
        var p = Bloc(powers, 1.0, World.Fixed("equidistance"));
        var alone = TraceObserver.Run(World.Spec(p, 1, 0), 3).Rounds[0];
        var bloc = TraceObserver.Run(World.Spec(With(p, 1.0), 1, 0), 3).Rounds[0];

        for (var i = 0; i < powers.Length; i++)
        {
            // When member i's coercion loss is read
            // Then it is Σ_g o·(1/n)·R_g·s·P_g/(P_g + P_i + Σ others) with n = 6 counterparties, and without the
            // coalition the same with P_i alone; each is lower in the coalition
            var pooled = powers.Sum();
            double Expected(double own) => new[] { 0.3, 0.25, 0.2, 0.2 }.Sum(r => Openness * r / 6 * Severity * GreatPower / (GreatPower + own));
            Assert.That(alone.Actors[i].Parts.Loss(CoercionKind.Slot), Is.EqualTo(Expected(powers[i])).Within(1e-15), $"alone {i}");
            Assert.That(bloc.Actors[i].Parts.Loss(CoercionKind.Slot), Is.EqualTo(Expected(pooled)).Within(1e-15), $"bloc {i}");
            Assert.That(bloc.Actors[i].Parts.Loss(CoercionKind.Slot), Is.LessThan(alone.Actors[i].Parts.Loss(CoercionKind.Slot)));
        }
        // and every member of a fully cohesive block loses the same: the block, not the member, faces the coercer
        Assert.That(bloc.Actors[2].Parts.Loss(CoercionKind.Slot), Is.EqualTo(bloc.Actors[0].Parts.Loss(CoercionKind.Slot)).Within(1e-15));
    }

    [Test]
    public void Hedging_CoalitionLowersCoercionRisk_PortfolioStillValid()
    {
        // Given MID hedging under certain coercion, alone and in a block of cohesion 1
        var p = Bloc([0.26, 0.09, 0.014], 1.0, World.Fixed("hedging"));

        // When one round is played
        var alone = TraceObserver.Run(World.Spec(p, 1, 0), 3).Rounds[0].Actors[0];
        var bloc = TraceObserver.Run(World.Spec(With(p, 1.0), 1, 0), 3).Rounds[0].Actors[0];

        // Then the portfolio sums to 1 in both, and the block loses less to coercion
        Assert.That((alone.Weights.Sum(), bloc.Weights.Sum()), Is.EqualTo((1.0, 1.0)).Within(1e-12));
        Assert.That(bloc.Parts.Loss(CoercionKind.Slot), Is.LessThan(alone.Parts.Loss(CoercionKind.Slot)));
    }

    private static Gen<double> Uniform(double lo, double hi) => Gen.Choose(0, 1000).Select(i => lo + (hi - lo) * i / 1000.0);

    /// <summary>Random powers of three members, two cohesions and a seed.</summary>
    public sealed record BlocCase(double[] Powers, double Low, double High, int Seed)
    {
        public override string ToString() => FormattableString.Invariant($"powers=[{string.Join(", ", Powers)}] c={Low}..{High} seed={Seed}");
    }

    private static Arbitrary<BlocCase> Blocs() =>
        (from powers in Gen.ArrayOf(Uniform(0.001, 3.0), 3)
         from a in Uniform(0, 1)
         from b in Uniform(0, 1)
         from seed in Gen.Choose(0, 1_000_000)
         select new BlocCase(powers, Math.Min(a, b), Math.Max(a, b), seed)).ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 60)]
    public Property Run_RandomBloc_CoercionLossFollowsTheFormulaAndFallsWithCohesion() =>
        Prop.ForAll(Blocs(), bloc =>
        {
            // Given three equidistant middle powers of random power under certain coercion, at two cohesions c ≤ c'
            var p = Bloc(bloc.Powers, 1.0, World.Fixed("equidistance"));
            var low = TraceObserver.Run(World.Spec(With(p, bloc.Low), 1, 0), (ulong)bloc.Seed).Rounds[0];
            var high = TraceObserver.Run(World.Spec(With(p, bloc.High), 1, 0), (ulong)bloc.Seed).Rounds[0];
            for (var i = 0; i < 3; i++)
            {
                var others = bloc.Powers.Where((_, j) => j != i).Sum();
                double Expected(double c) => new[] { 0.3, 0.25, 0.2, 0.2 }
                    .Sum(r => Openness * r / 6 * Severity * GreatPower / (GreatPower + bloc.Powers[i] + c * others));
                // Then each member's coercion loss is the formula's at either cohesion (relative 1e-12)
                Assert.That(low.Actors[i].Parts.Loss(CoercionKind.Slot), Is.EqualTo(Expected(bloc.Low)).Within(1e-12).Percent, $"{bloc}, member {i}");
                Assert.That(high.Actors[i].Parts.Loss(CoercionKind.Slot), Is.EqualTo(Expected(bloc.High)).Within(1e-12).Percent, $"{bloc}, member {i}");
                // and more cohesion never raises it
                Assert.That(high.Actors[i].Parts.Loss(CoercionKind.Slot), Is.LessThanOrEqualTo(low.Actors[i].Parts.Loss(CoercionKind.Slot)), $"{bloc}, member {i}");
            }
        });
}
