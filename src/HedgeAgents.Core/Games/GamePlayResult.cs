using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Games;

/// <summary>The record of a repeated game: one entry per player, and how often each pure profile was played in the tail.</summary>
public sealed record GamePlayResult(
    NormalFormGame Game,
    int Rounds,
    int TailRounds,
    bool SharedPopulation,
    ValueArray<PlayerRecord> Players,
    ValueArray<double> TailProfileFrequency)
{
    /// <summary>The profile played most often in the tail, and its frequency.</summary>
    public (int Index, double Frequency) ModalTailProfile()
    {
        var best = 0;
        for (var i = 1; i < TailProfileFrequency.Length; i++)
            if (TailProfileFrequency[i] > TailProfileFrequency[best]) best = i;
        return (best, TailProfileFrequency.Length > 0 ? TailProfileFrequency[best] : 0.0);
    }
}
