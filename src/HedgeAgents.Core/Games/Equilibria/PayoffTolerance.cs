namespace HedgeAgents.Core.Games.Equilibria;

/// <summary>When a payoff difference counts: relative to the payoffs compared, so one tolerance serves a textbook
/// game in units of 1 and a stage game whose utilities are small or large.</summary>
internal static class PayoffTolerance
{
    /// <summary>Whether <paramref name="alternative"/> beats <paramref name="current"/> by more than
    /// tolerance × max(1, |current|, |alternative|).</summary>
    public static bool Gains(double current, double alternative, double tolerance) =>
        alternative - current > tolerance * Math.Max(1.0, Math.Max(Math.Abs(current), Math.Abs(alternative)));

    /// <summary>Throws unless the tolerance is a non-negative number.</summary>
    public static void Validate(double tolerance)
    {
        if (!(tolerance >= 0) || double.IsPositiveInfinity(tolerance))
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "the tolerance must be a finite non-negative number");
    }
}
