namespace HedgeAgents.Core.Sweeps;

/// <summary>Settings that only some designs read.</summary>
/// <param name="Levels">Grid levels p of a Morris design (even, at least 2); other designs ignore it.</param>
public sealed record DesignOptions(int Levels = 4)
{
    /// <summary>The defaults: 4 Morris levels.</summary>
    public static DesignOptions Default { get; } = new();
}
