using System.Collections.Immutable;
using System.Globalization;
using HedgeAgents.Core.Sensitivity;

namespace HedgeAgents.Reporting.Discovery;

/// <summary>How <c>hedge discover</c> chooses and explains its box.</summary>
/// <param name="Prim">PRIM's peeling α, pasting α and minimum mass.</param>
/// <param name="MinDensity">When set, the chosen box is the one of greatest coverage with at least this density;
/// when null, the densest box whose coverage is at least <paramref name="MinCoverage"/>.</param>
/// <param name="MinCoverage">The coverage the default choice keeps (0.8).</param>
/// <param name="Seed">The ML.NET context's seed (permutations of the feature importance).</param>
/// <param name="Leaves">The classification tree's maximum number of leaves.</param>
/// <param name="Permutations">How many times each parameter is permuted for its importance.</param>
public sealed record DiscoverySettings(PrimOptions Prim, double? MinDensity = null, double MinCoverage = 0.8, int Seed = 2012,
    int Leaves = 8, int Permutations = 20);

/// <summary>What scenario discovery found.</summary>
/// <param name="Data">The points and outcome.</param>
/// <param name="Settings">The settings used.</param>
/// <param name="Trajectory">PRIM's peeling trajectory (step 0 is the whole space).</param>
/// <param name="ChosenStep">The peeling step chosen.</param>
/// <param name="Chosen">The chosen box after pasting: the one the rules describe.</param>
/// <param name="Tree">The classification tree and importances, or null when the outcome does not vary.</param>
/// <param name="TreeNote">Why there is no tree, when there is none.</param>
public sealed record DiscoveryResult(DiscoveryData Data, DiscoverySettings Settings, PrimTrajectory Trajectory, int ChosenStep, PrimBox Chosen,
    ClassificationTreeResult? Tree, string? TreeNote);

/// <summary>Scenario discovery on a sweep's points: PRIM's boxes and a classification tree's feature importance.</summary>
public static class ScenarioDiscovery
{
    /// <summary>Peels, chooses a box, pastes it, and fits the tree.</summary>
    /// <exception cref="ArgumentException">No point has the outcome, bad PRIM options, or no box reaches the minimum density
    /// (the message says which and what was reached).</exception>
    public static DiscoveryResult Run(DiscoveryData data, DiscoverySettings settings)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        if (data.Positives == 0)
            throw new ArgumentException($"{data.Where} holds at none of {data.Actor}'s {data.Points.Length} points " +
                                        $"(its means range from {Text(data.Y.Min())} to {Text(data.Y.Max())}); there is no box to find");
        var prim = new PrimData([.. data.X.Select(r => (IReadOnlyList<double>)r)], data.Positive);
        var trajectory = Prim.Peel(prim, settings.Prim);
        var step = ChooseStep(trajectory, settings);
        var chosen = Prim.Paste(prim, trajectory.Boxes[step], settings.Prim);
        ClassificationTreeResult? tree = null;
        string? note = null;
        if (data.Positives == data.Points.Length) note = $"{data.Where} holds at every point, so there is nothing to classify";
        else tree = ClassificationTree.Fit(data, settings.Seed, settings.Leaves, settings.Permutations);
        return new DiscoveryResult(data, settings, trajectory, step, chosen, tree, note);
    }

    private static int ChooseStep(PrimTrajectory trajectory, DiscoverySettings settings)
    {
        var boxes = trajectory.Boxes;
        if (settings.MinDensity is { } min)
        {
            // Coverage only falls along the trajectory, so the first box dense enough is the one of greatest coverage.
            for (var i = 0; i < boxes.Length; i++)
                if (boxes[i].Density >= min) return i;
            throw new ArgumentException($"no box on the peeling trajectory reaches density {Text(min)}; the densest " +
                                        $"(step {boxes.Length - 1}) has {Text(boxes[^1].Density)}: lower --threshold or --min-mass");
        }
        // Density never falls and coverage never rises along the trajectory: the densest box with enough coverage is the
        // last one that keeps it (step 0 has coverage 1, so there is one).
        var chosen = 0;
        for (var i = 0; i < boxes.Length; i++)
            if (boxes[i].Coverage >= settings.MinCoverage) chosen = i;
        return chosen;
    }

    private static string Text(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
}
