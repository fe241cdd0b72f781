namespace HedgeAgents.Core.Sweeps;

/// <summary><c>grid</c>: every combination of the axes' values (a list, or a range's <c>steps</c> evenly spaced values).</summary>
/// <remarks>Points are numbered in mixed radix with the last axis varying fastest, as nested loops in axis order
/// would visit them (and as Python's <c>itertools.product</c> does). A range needs steps ≥ 2: steps = 1 is refused
/// rather than read as min alone, which would silently drop max; a single value is listed instead. Samples and seed
/// are not used.</remarks>
public sealed class GridDesign : ISweepDesign
{
    /// <summary>The registry name.</summary>
    public const string DesignName = "grid";

    /// <inheritdoc />
    public string Name => DesignName;

    /// <inheritdoc />
    public string Description => "every combination of the axes' values (lists, or ranges with steps); the last axis varies fastest";

    /// <inheritdoc />
    public bool IsSampled => false;

    /// <inheritdoc />
    public string SamplesMeaning => "";

    /// <inheritdoc />
    public string SensitivityIndices => "";

    /// <inheritdoc />
    public IReadOnlyList<string> Check(IReadOnlyList<SweepAxis> axes, int samples, DesignOptions options)
    {
        var problems = new List<string>();
        DesignRules.CheckAxes(Name, axes, sampled: false, problems);
        if (problems.Count == 0)
            DesignRules.CheckCount(Name, DesignRules.SaturatingProduct(axes.Select(a => (long)a.GridLength)), "the product of the axis lengths", problems);
        return problems;
    }

    /// <inheritdoc cref="ISweepDesign.Create" />
    public GridPoints Create(IReadOnlyList<SweepAxis> axes, int samples, ulong seed, DesignOptions options)
    {
        DesignRules.ThrowIfAny(Check(axes, samples, options));
        return new GridPoints(axes);
    }

    IDesignPoints ISweepDesign.Create(IReadOnlyList<SweepAxis> axes, int samples, ulong seed, DesignOptions options) =>
        Create(axes, samples, seed, options);
}
