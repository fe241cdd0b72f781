using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Games.Equilibria;

/// <summary>The Nash equilibria found in a game (pure ones first, by profile index; then mixed ones by support size
/// and probabilities), whether mixed equilibria were searched for, whether the game is degenerate, and what a reader
/// must know to trust the list.</summary>
/// <param name="MixedSearched">True when mixed equilibria were enumerated too (two-player games of tractable size).</param>
/// <param name="Degenerate">Two players: some strategy of support size k has more than k pure best responses, so
/// equilibria may form continua of which only extreme points are listed. Otherwise: some player has several pure best
/// responses to a pure profile of the others.</param>
public sealed record EquilibriumReport(
    NormalFormGame Game,
    ValueArray<Equilibrium> Equilibria,
    bool MixedSearched,
    bool Degenerate,
    ValueArray<string> Warnings)
{
    /// <summary>The pure equilibria, by profile index.</summary>
    public ValueArray<Equilibrium> Pure => [.. Equilibria.Where(e => e.IsPure)];

    /// <summary>The mixed (not pure) equilibria.</summary>
    public ValueArray<Equilibrium> Mixed => [.. Equilibria.Where(e => !e.IsPure)];
}
