using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Games.Equilibria;

/// <summary>What support enumeration found in a two-player game: its equilibria (pure first, then mixed) and, when the
/// game is degenerate, sentences naming strategies with more pure best responses than their support size.</summary>
public sealed record SupportEnumerationResult(ValueArray<Equilibrium> Equilibria, ValueArray<string> DegeneracyWitnesses)
{
    /// <summary>Whether some mixed strategy of support size k has more than k pure best responses.</summary>
    public bool Degenerate => !DegeneracyWitnesses.IsEmpty;
}
