using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Sweeps;

/// <summary><c>lhs</c>: Latin hypercube sampling (McKay, Beckman and Conover 1979) of N = samples points.</summary>
/// <remarks>Each axis's [0, 1) is cut into N equal strata; a random permutation per axis gives each point its stratum,
/// so every stratum of every axis holds exactly one point, placed uniformly within it. Axis i draws from its own stream
/// (<see cref="SeedDerivation.StreamSeed"/> of the seed and i), so adding or removing an axis leaves the others' columns
/// unchanged.</remarks>
public sealed class LatinHypercubeDesign : ISweepDesign
{
    /// <summary>The registry name.</summary>
    public const string DesignName = "lhs";

    /// <summary>The most coordinates (N·d) a design may store: 2^26 doubles, 512 MiB.</summary>
    public const long MaxStored = 1L << 26;

    /// <inheritdoc />
    public string Name => DesignName;

    /// <inheritdoc />
    public string Description => "Latin hypercube: N = samples points, exactly one in each of the N strata of every axis";

    /// <inheritdoc />
    public bool IsSampled => true;

    /// <inheritdoc />
    public string SamplesMeaning => "the number of points";

    /// <inheritdoc />
    public string SensitivityIndices => "";

    /// <inheritdoc />
    public IReadOnlyList<string> Check(IReadOnlyList<SweepAxis> axes, int samples, DesignOptions options)
    {
        var problems = new List<string>();
        DesignRules.CheckAxes(Name, axes, sampled: true, problems);
        DesignRules.CheckSamples(Name, samples, SamplesMeaning, problems);
        if (samples >= 1 && (long)samples * axes.Count > MaxStored)
            problems.Add($"{Name}: samples × axes = {(long)samples * axes.Count} coordinates exceeds the {MaxStored} a Latin hypercube may hold in memory");
        return problems;
    }

    /// <inheritdoc cref="ISweepDesign.Create" />
    public LatinHypercubePoints Create(IReadOnlyList<SweepAxis> axes, int samples, ulong seed, DesignOptions options)
    {
        DesignRules.ThrowIfAny(Check(axes, samples, options));
        return new LatinHypercubePoints(axes, samples, seed);
    }

    IDesignPoints ISweepDesign.Create(IReadOnlyList<SweepAxis> axes, int samples, ulong seed, DesignOptions options) =>
        Create(axes, samples, seed, options);
}
