using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Sensitivity;

/// <summary>PRIM's peeling trajectory: the boxes from the whole space (first) to the last peel, coverage falling and
/// (by construction) density never falling along it; the analyst trades one against the other.</summary>
/// <param name="Boxes">The boxes in peeling order; the first bounds nothing.</param>
public sealed record PrimTrajectory(ValueArray<PrimBox> Boxes)
{
    /// <summary>The box of greatest coverage whose density is at least <paramref name="minDensity"/> (the first such box,
    /// as coverage only falls), or null when no box is that dense.</summary>
    public PrimBox? Choose(double minDensity)
    {
        foreach (var box in Boxes)
            if (box.Density >= minDensity) return box;
        return null;
    }

    /// <summary>The last, densest and smallest box.</summary>
    public PrimBox Last => Boxes[^1];
}
