using System.Globalization;

namespace HedgeAgents.Core.Games.Equilibria;

/// <summary>A unilateral deviation from a pure profile: the player who moves, the action moved to, and the payoff gained.</summary>
public readonly record struct Deviation(int Player, int Action, double Gain)
{
    /// <summary>The deviation in words, e.g. "KAZ gains 0.3 by switching to 'hedging'".</summary>
    public string Describe(NormalFormGame game) =>
        $"{game.Players[Player]} gains {Gain.ToString("G6", CultureInfo.InvariantCulture)} by switching to '{game.Actions[Player][Action]}'";
}
