using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Sweeps;

/// <summary>An experiment's <c>sweep:</c> section: which design, how many samples, and the swept parameters in file order.</summary>
/// <param name="Design">A design name from the registry (<c>grid</c>, <c>lhs</c>, <c>sobol</c>, <c>morris</c>).</param>
/// <param name="Samples">Samples of a sampled design (base samples for <c>sobol</c>, trajectories for <c>morris</c>); 0 for a grid.</param>
/// <param name="Levels">Grid levels of a Morris design.</param>
/// <param name="Parameters">The swept parameters, in the order of their columns.</param>
/// <param name="Delta">A Morris design's step in grid steps 1/(p−1) (1 .. p−1); null for the default p/2.</param>
public sealed record SweepSpec(string Design, int Samples, int Levels, ValueArray<SweepParameter> Parameters, int? Delta = null)
{
    /// <summary>The swept paths in column order.</summary>
    public IEnumerable<string> Paths => Parameters.Select(p => p.Path);

    /// <summary>The design's options: Morris levels and step.</summary>
    public Core.Sweeps.DesignOptions Options => new(Levels, Delta);
}
