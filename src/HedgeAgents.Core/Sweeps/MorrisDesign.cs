namespace HedgeAgents.Core.Sweeps;

/// <summary><c>morris</c>: Morris's (1991) elementary-effects design, as SALib's <c>morris.sample</c> without optimal
/// trajectory selection: r = samples trajectories of d+1 points on a p-level grid (p = levels, even).</summary>
/// <remarks>In unit space the levels are 0, 1/(p−1), .., 1 and Δ = k/(p−1), k = delta (default p/2, so Δ = p/(2(p−1)),
/// SALib's choice). A trajectory starts at a random base point (each axis on one of the lowest p − k levels, and at that
/// level + k when the axis will step down), then moves the
/// axes one at a time in a random order, each by +Δ or −Δ (random), so consecutive points differ in one axis by exactly
/// Δ and every axis moves once. Trajectory t is points t(d+1) .. t(d+1)+d and draws from its own stream of the seed,
/// so more trajectories leave the earlier ones unchanged.</remarks>
public sealed class MorrisDesign : ISweepDesign
{
    /// <summary>The registry name.</summary>
    public const string DesignName = "morris";

    /// <summary>The most trajectory entries (r·d) a design may store: 2^26.</summary>
    public const long MaxStored = 1L << 26;

    /// <inheritdoc />
    public string Name => DesignName;

    /// <inheritdoc />
    public string Description => "Morris elementary effects: r = samples trajectories of d+1 points on a p-level grid (levels, default 4)";

    /// <inheritdoc />
    public bool IsSampled => true;

    /// <inheritdoc />
    public string SamplesMeaning => "trajectories r giving r(d+1) points";

    /// <inheritdoc />
    public string SensitivityIndices => "elementary effects μ, μ*, σ";

    /// <inheritdoc />
    public IReadOnlyList<string> Check(IReadOnlyList<SweepAxis> axes, int samples, DesignOptions options)
    {
        var problems = new List<string>();
        DesignRules.CheckAxes(Name, axes, sampled: true, problems);
        DesignRules.CheckSamples(Name, samples, SamplesMeaning, problems);
        if (options.Levels < 2 || options.Levels % 2 != 0)
            problems.Add($"{Name}: levels must be an even number of at least 2 (so that every step is the same Δ = p/(2(p−1))); it is {options.Levels}");
        else if (options.Delta is { } k && (k < 1 || k > options.Levels - 1))
            problems.Add($"{Name}: delta is the step in grid steps 1/(p−1), a whole number from 1 to p − 1 = {options.Levels - 1} " +
                         $"(default p/2 = {options.Levels / 2}); it is {k}");
        if (samples >= 1)
        {
            DesignRules.CheckCount(Name, DesignRules.SaturatingProduct([samples, axes.Count + 1L]), "r(d+1)", problems);
            if ((long)samples * axes.Count > MaxStored)
                problems.Add($"{Name}: trajectories × axes = {(long)samples * axes.Count} exceeds the {MaxStored} a Morris design may hold in memory");
        }
        return problems;
    }

    /// <inheritdoc cref="ISweepDesign.Create" />
    public MorrisPoints Create(IReadOnlyList<SweepAxis> axes, int samples, ulong seed, DesignOptions options)
    {
        DesignRules.ThrowIfAny(Check(axes, samples, options));
        return new MorrisPoints(axes, samples, options.Levels, options.DeltaSteps, seed);
    }

    IDesignPoints ISweepDesign.Create(IReadOnlyList<SweepAxis> axes, int samples, ulong seed, DesignOptions options) =>
        Create(axes, samples, seed, options);
}
