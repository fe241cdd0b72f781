namespace HedgeAgents.Core.Sweeps;

/// <summary><c>sobol</c>: Saltelli's sampling scheme for first- and total-order Sobol' indices (Saltelli 2002;
/// Saltelli et al. 2010), as SALib's <c>saltelli.sample(problem, N, calc_second_order=False)</c>: N(d+2) points.</summary>
/// <remarks>Base sample j is point <see cref="SaltelliLayout.SequenceIndex"/>(j) of the unscrambled 2d-dimensional
/// Sobol' sequence (<see cref="SobolSequence"/>); A_j is its first d coordinates, B_j its last d; the design emits
/// A_j, AB_j^(1) .. AB_j^(d), B_j (see <see cref="SaltelliLayout"/>, and <see cref="SaltelliLayout.SkipFor"/> for
/// the points skipped and why). Deterministic: the seed is not used. N a power of two keeps the base samples balanced.</remarks>
public sealed class SobolDesign : ISweepDesign
{
    /// <summary>The registry name.</summary>
    public const string DesignName = "sobol";

    /// <summary>The most axes: 2d coordinates must fit in the embedded direction-number table.</summary>
    public const int MaxAxes = SobolSequence.MaxDimensions / 2;

    /// <inheritdoc />
    public string Name => DesignName;

    /// <inheritdoc />
    public string Description => "Saltelli's scheme on a Sobol' sequence: N = samples base samples, N(d+2) points, for first- and total-order Sobol' indices";

    /// <inheritdoc />
    public bool IsSampled => true;

    /// <inheritdoc />
    public string SamplesMeaning => "base samples N giving N(d+2) points";

    /// <inheritdoc />
    public string SensitivityIndices => "first-order and total Sobol' indices";

    /// <inheritdoc />
    public IReadOnlyList<string> Check(IReadOnlyList<SweepAxis> axes, int samples, DesignOptions options)
    {
        var problems = new List<string>();
        DesignRules.CheckAxes(Name, axes, sampled: true, problems);
        DesignRules.CheckSamples(Name, samples, SamplesMeaning, problems);
        if (axes.Count > MaxAxes)
            problems.Add($"{Name}: {axes.Count} axes need {2 * axes.Count} Sobol' dimensions; the embedded Joe–Kuo table has " +
                         $"{SobolSequence.MaxDimensions}, so at most {MaxAxes} axes");
        if (samples >= 1)
            DesignRules.CheckCount(Name, DesignRules.SaturatingProduct([samples, axes.Count + 2L]), "N(d+2)", problems);
        return problems;
    }

    /// <inheritdoc cref="ISweepDesign.Create" />
    public SaltelliPoints Create(IReadOnlyList<SweepAxis> axes, int samples, ulong seed, DesignOptions options)
    {
        DesignRules.ThrowIfAny(Check(axes, samples, options));
        return new SaltelliPoints(axes, samples);
    }

    IDesignPoints ISweepDesign.Create(IReadOnlyList<SweepAxis> axes, int samples, ulong seed, DesignOptions options) =>
        Create(axes, samples, seed, options);
}
