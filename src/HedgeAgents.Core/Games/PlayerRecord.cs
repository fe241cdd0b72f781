using System.Collections.Immutable;

namespace HedgeAgents.Core.Games;

/// <summary>What one player did over a repeated game: action frequencies and mean payoff, over all rounds and over
/// the tail (the last rounds, where play has settled if it settles), and its final mixed strategy where known.</summary>
public sealed record PlayerRecord(
    string Player,
    string Rule,
    ImmutableArray<double> Frequency,
    ImmutableArray<double> TailFrequency,
    double MeanPayoff,
    double TailMeanPayoff,
    ImmutableArray<double>? FinalStrategy);
