using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Indicators;

/// <summary>A choosing actor's run summary over the rounds after burn-in (MODEL.md section 7).</summary>
/// <param name="FirstHedgeRound">The first round (0-based, whole run) in which the actor hedged, or null.</param>
/// <param name="MeanWeights">The actor's mean engagement weight on each actor, indexed by actor (the model's order),
/// over the rounds after burn-in; 0 for an actor that is not one of its counterparties (itself, a middle power, an
/// actor it has no relation with). NaN everywhere when no round is kept.</param>
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
    int? FirstHedgeRound,
    ValueArray<double> MeanWeights);
