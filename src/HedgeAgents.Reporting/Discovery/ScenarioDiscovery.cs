using System.Collections.Immutable;
using System.Globalization;
using HedgeAgents.Core.Sensitivity;

namespace HedgeAgents.Reporting.Discovery;

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
