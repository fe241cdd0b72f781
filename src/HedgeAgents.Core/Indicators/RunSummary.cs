namespace HedgeAgents.Core.Indicators;

/// <summary>A choosing actor's run summary over the rounds after burn-in (MODEL.md section 7).</summary>
/// <param name="FirstHedgeRound">The first round (0-based, whole run) in which the actor hedged, or null.</param>
public sealed record RunSummary(
    string Actor,
    double ShareBalancing,
    double ShareBandwagoning,
    double ShareEquidistance,
    double ShareHedging,
    double MeanPayoff,
    double SdPayoff,
    double Q05Payoff,
    double Cvar05Payoff,
    double MeanLosses,
    int Switches,
    int? FirstHedgeRound);
