namespace HedgeAgents.Core.Sweeps;

/// <summary>The registry of sweep designs by name.</summary>
public static class SweepDesigns
{
    /// <summary>The most points a design may have: 2^40, far past any feasible sweep, so a larger count is a mistake
    /// (a forgotten axis, samples typed with extra zeros) rather than a plan.</summary>
    public const long MaxPoints = 1L << 40;

    /// <summary>The design of a sweep that names none.</summary>
    public const string DefaultName = GridDesign.DesignName;

    /// <summary>Every design the sweep engine knows.</summary>
    public static Registry<ISweepDesign> Registry { get; } = new(
        new ISweepDesign[]
        {
            new GridDesign(),
            new LatinHypercubeDesign(),
            new SobolDesign(),
            new MorrisDesign(),
        }.Select(d => (d.Name, d)));
}
