using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Games;

/// <summary>What one player did over a repeated game: action frequencies and mean payoff, over all rounds and over
/// the tail (the last rounds, where play has settled if it settles), and its final mixed strategy where known.</summary>
public sealed record PlayerRecord(
    string Player,
    string Rule,
    ValueArray<double> Frequency,
    ValueArray<double> TailFrequency,
    double MeanPayoff,
    double TailMeanPayoff,
    ValueArray<double>? FinalStrategy);
