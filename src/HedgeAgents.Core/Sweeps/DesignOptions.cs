namespace HedgeAgents.Core.Sweeps;

/// <summary>Settings that only some designs read.</summary>
/// <param name="Levels">Grid levels p of a Morris design (even, at least 2); other designs ignore it.</param>
/// <param name="Delta">A Morris design's step in grid steps 1/(p−1): an integer k in [1, p−1], so Δ = k/(p−1) (Morris
/// 1991 allows any such multiple); null for the usual k = p/2, Δ = p/(2(p−1)). Other designs ignore it.</param>
public sealed record DesignOptions(int Levels = 4, int? Delta = null)
{
    /// <summary>The defaults: 4 Morris levels, Δ = p/(2(p−1)).</summary>
    public static DesignOptions Default { get; } = new();

    /// <summary>The Morris step in grid steps: <see cref="Delta"/>, or p/2 when it is not given.</summary>
    public int DeltaSteps => Delta ?? Levels / 2;
}
