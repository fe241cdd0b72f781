using System.Globalization;

namespace HedgeAgents.Cli.Tests.Claims;

/// <summary>Claim 2 of issue 6 (seed 000): hedging prevails over equidistance under systemic uncertainty, asymmetric
/// dependence, economic openness, adequate regulatory capacity and landlocked geography. The experiments
/// <c>02-when-hedging-pays.yaml</c> (hazard scale × regulatory capacity) and <c>02-when-hedging-pays-openness.yaml</c>
/// (openness × Kazakhstan's power) at 2 replications instead of 10 (fixed strategies: 4): the best responder scores
/// expected payoffs, so its choice is almost the same in every replication and the checks read which archetype holds
/// more than half of the rounds; payoff comparisons ask for non-overlapping 95% intervals.</summary>
public class WhenHedgingPaysClaimTests : TempDirTest
{
    private const string Scale = "shocks.scale";
    private const string Capacity = "actors.KAZ.regulatoryCapacity";
    private const string Openness = "actors.KAZ.openness";
    private const string Power = "actors.KAZ.power";
    private const string HazardExperiment = "02-when-hedging-pays.yaml";
    private const string OpennessExperiment = "02-when-hedging-pays-openness.yaml";

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Runs a sweep into a subfolder of <see cref="TempDirTest.Dir"/> and returns KAZ's rows of points.csv,
    /// keyed by the two swept values, as column name → value.</summary>
    private Dictionary<(double X, double Y), Dictionary<string, double>> Sweep(string experiment, string x, string y,
        int replications, params string[] sets)
    {
        var dir = Path.Combine(Dir, Guid.NewGuid().ToString("N"));
        var args = new List<string> { "sweep", Repo.Experiment(experiment), "--replications", replications.ToString(CultureInfo.InvariantCulture),
            "--out", dir, "--quiet", "--no-figures" };
        foreach (var s in sets) args.AddRange(["--set", s]);
        var (exit, _, err) = Repo.Hedge([.. args]);
        Assert.That(exit, Is.EqualTo(0), err);
        var lines = File.ReadAllLines(Path.Combine(dir, "points.csv"));
        var header = Repo.CsvFields(lines[0]);
        var actor = Array.IndexOf(header, "actor");
        return lines.Skip(1).Select(Repo.CsvFields).Where(f => f[actor] == "KAZ")
            .Select(f => header.Select((h, i) => (h, i)).Where(p => p.i != actor && f[p.i] != "")
                .ToDictionary(p => p.h, p => Num(f[p.i])))
            .ToDictionary(r => (r[x], r[y]));
    }

    private static bool Hedges(Dictionary<string, double> point) => point["share_hedging_mean"] > 0.5;

    /// <summary>The lowest hazard scale from which on every larger scale hedging holds, per capacity (∞ if none).</summary>
    private static Dictionary<double, double> Threshold(Dictionary<(double X, double Y), Dictionary<string, double>> points) =>
        points.Keys.Select(k => k.Y).Distinct().ToDictionary(rho => rho, rho =>
        {
            var row = points.Where(p => p.Key.Y == rho).OrderByDescending(p => p.Key.X).ToList();
            var t = double.PositiveInfinity;
            foreach (var p in row)
            {
                if (!Hedges(p.Value)) break;
                t = p.Key.X;
            }
            return t;
        });

    [Test]
    public void Sweep_HazardScaleByCapacity_HedgingTakesOverAboveAHazardThresholdThatFallsWithCapacity()
    {
        // Given the post-2022 world with every hazard scaled from 0 to 3 and Kazakhstan's capacity from 0 to 1
        // When the best responder's choices are read
        var points = Sweep(HazardExperiment, Scale, Capacity, 2);
        var threshold = Threshold(points);

        // Then in the calm world it never hedges, at three times the 2022 hazards it hedges at any capacity above
        // 0.1, and the hazard scale from which it hedges never rises with capacity and is lower at 1 than at 0
        Assert.That(points.Where(p => p.Key.X == 0).Select(p => p.Value["share_hedging_mean"]), Is.Not.Empty.And.All.EqualTo(0.0));
        Assert.That(points.Where(p => p.Key.X == 3 && p.Key.Y >= 0.1).Select(p => p.Value), Is.Not.Empty.And.All.Matches<Dictionary<string, double>>(Hedges));
        var ordered = threshold.OrderBy(t => t.Key).ToList();
        for (var i = 1; i < ordered.Count; i++)
            Assert.That(ordered[i].Value, Is.LessThanOrEqualTo(ordered[i - 1].Value), $"ρ = {ordered[i].Key} vs {ordered[i - 1].Key}");
        Assert.That(threshold[1], Is.LessThan(threshold[0]), string.Join(", ", ordered));
        // and hedging holds at the calibrated post-2022 hazards for the baseline's capacity 0.7
        Assert.That(Hedges(points[(1, 0.7)]), Is.True);
    }

    [Test]
    public void Sweep_HazardScaleByCapacity_EquidistanceIsNeverTheBestResponseTheAlternativeIsBandwagoning()
    {
        // Given the same sweep
        // When the learner's shares are read at every point
        var points = Sweep(HazardExperiment, Scale, Capacity, 2);

        // Then equidistance is never played: where Kazakhstan does not hedge it bandwagons (with the EU)
        Assert.That(points.Values.Max(p => p["share_equidistance_mean"]), Is.EqualTo(0));
        Assert.That(points.Values.Where(p => !Hedges(p)).Select(p => p["share_bandwagoning_mean"]), Is.Not.Empty.And.All.GreaterThan(0.5));
    }

    [Test]
    public void Sweep_FixedStrategies_HedgingOutEarnsEquidistanceEvenInACalmWorld()
    {
        // Given Kazakhstan holding hedging, then equidistance, over the same grid
        var hedging = Sweep(HazardExperiment, Scale, Capacity, 4, "actors.KAZ.learning.rule=fixed", "actors.KAZ.learning.action=hedging");
        var equidistance = Sweep(HazardExperiment, Scale, Capacity, 4, "actors.KAZ.learning.rule=fixed", "actors.KAZ.learning.action=equidistance");

        // When mean payoffs are compared at the calm end and at the turbulent end, at capacity 0 and at 0.7
        foreach (var key in new[] { (0.0, 0.0), (0.0, 0.7), (3.0, 0.0), (3.0, 0.7) })
        {
            // Then hedging's 95% interval lies above equidistance's: its capped portfolio leans on the large partners
            // (EU, China), which equal weights over six counterparties do not
            Assert.That(hedging[key]["mean_payoff_ci95_low"], Is.GreaterThan(equidistance[key]["mean_payoff_ci95_high"]), $"{key}");
        }

        // and the margin at capacity 0.7 does not shrink with turbulence, while at capacity 0 it does
        double Gap((double, double) k) => hedging[k]["mean_payoff_mean"] - equidistance[k]["mean_payoff_mean"];
        Assert.That(Gap((3, 0.7)), Is.GreaterThan(Gap((3, 0)) + 0.005));
        Assert.That(Gap((3, 0)), Is.LessThan(Gap((0, 0)) - 0.005));
    }

    [Test]
    public void Sweep_NotLandlocked_HedgingNeedsHigherHazardsOrMoreCapacity()
    {
        // Given the hazard × capacity sweep with Kazakhstan landlocked (as it is) and as if it had a coast
        var landlocked = Sweep(HazardExperiment, Scale, Capacity, 2);
        var coastal = Sweep(HazardExperiment, Scale, Capacity, 2, "actors.KAZ.landlocked=false");

        // When the points where it hedges are compared
        var hedgesLandlocked = landlocked.Where(p => Hedges(p.Value)).Select(p => p.Key).ToHashSet();
        var hedgesCoastal = coastal.Where(p => Hedges(p.Value)).Select(p => p.Key).ToHashSet();

        // Then every point where the coastal state hedges is one where the landlocked state hedges, and the
        // landlocked state hedges at clearly more points (the coastal state bears a quarter of the disruption hazard)
        Assert.That(hedgesCoastal.IsSubsetOf(hedgesLandlocked), Is.True);
        Assert.That(hedgesLandlocked.Count, Is.GreaterThan(hedgesCoastal.Count + 10), $"{hedgesLandlocked.Count} vs {hedgesCoastal.Count}");
        // and at half the 2022 hazards with the baseline's capacity 0.7 only the landlocked state hedges
        Assert.That(Hedges(landlocked[(0.5, 0.7)]), Is.True);
        Assert.That(Hedges(coastal[(0.5, 0.7)]), Is.False);
    }

    [Test]
    public void Sweep_OpennessByPower_AtTheCalibratedHazardsHedgingHoldsEverywhere()
    {
        // Given the post-2022 hazards (scale 1), Kazakhstan's openness from 0.1 to 1 and its power from a tenth of
        // today's to parity with Russia
        // When the sweep runs
        var points = Sweep(OpennessExperiment, Openness, Power, 2);

        // Then it hedges at every one of the 7 × 6 points: neither condition decides the choice once hazards are at 2022 levels
        Assert.That(points, Has.Count.EqualTo(7 * 6));
        Assert.That(points.Where(p => !Hedges(p.Value)).Select(p => p.Key), Is.Empty);
    }

    [Test]
    public void Sweep_OpennessByPowerNearTheBoundary_MoreOpennessAndMoreAsymmetryFavourHedging()
    {
        // Given the hazard scale at 0.35, inside the transition band of the first sweep for capacity 0.7
        // When the openness × power sweep runs
        var points = Sweep(OpennessExperiment, Openness, Power, 2, "shocks.scale=0.35");

        // Then the hedging region is monotone: hedging at (o, p) implies hedging at every more open, less powerful point
        foreach (var (key, value) in points.Where(p => Hedges(p.Value)))
            foreach (var other in points.Keys.Where(k => k.X >= key.X && k.Y <= key.Y))
                Assert.That(Hedges(points[other]), Is.True, $"hedges at {key} but not at {other}");
        // and both conditions move it: the most closed economy never hedges, the most open always does, and at
        // Kazakhstan's own openness (0.53) the smallest power hedges while parity with Russia does not
        Assert.That(points.Where(p => p.Key.X == 0.1).Select(p => p.Value), Is.Not.Empty.And.None.Matches<Dictionary<string, double>>(Hedges));
        Assert.That(points.Where(p => p.Key.X == 1).Select(p => p.Value), Is.Not.Empty.And.All.Matches<Dictionary<string, double>>(Hedges));
        Assert.That(Hedges(points[(0.53, 0.026)]), Is.True);
        Assert.That(Hedges(points[(0.53, 2.02)]), Is.False);
    }
}
