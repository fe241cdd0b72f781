using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Engine;

namespace HedgeAgents.Core.Indicators;

/// <summary>Collects what run summaries need, round by round, in buffers sized once for the run.</summary>
public sealed class SummaryObserver : IRoundObserver
{
    private readonly int _burnIn;
    private readonly double[][] _payoffs;
    private readonly int[][] _archetypes;
    private readonly double[] _losses;
    private readonly double[][] _weightSums;
    private readonly int[] _switches, _firstHedge, _last;
    private readonly string[] _ids;
    private readonly bool[] _chooses;
    private int _count;

    /// <summary>Creates an observer for a run of <paramref name="rounds"/> with the given burn-in.</summary>
    public SummaryObserver(IReadOnlyList<string> actorIds, IReadOnlyList<bool> chooses, int rounds, int burnIn)
    {
        _burnIn = burnIn;
        _ids = [.. actorIds];
        _chooses = [.. chooses];
        var a = _ids.Length;
        var kept = Math.Max(0, rounds - burnIn);
        _payoffs = [.. Enumerable.Range(0, a).Select(_ => new double[kept])];
        _archetypes = [.. Enumerable.Range(0, a).Select(_ => new int[4])];
        _losses = new double[a];
        _weightSums = [.. Enumerable.Range(0, a).Select(_ => new double[a])];
        _switches = new int[a];
        _firstHedge = Enumerable.Repeat(-1, a).ToArray();
        _last = Enumerable.Repeat(-1, a).ToArray();
    }

    /// <inheritdoc />
    public void OnRound(RoundView view)
    {
        var keep = view.Round >= _burnIn;
        for (var i = 0; i < view.ActorCount; i++)
        {
            if (!view.Chooses(i)) continue;
            var action = view.ActionIndex(i);
            var archetype = view.Action(i).Archetype;
            if (archetype == Archetype.Hedging && _firstHedge[i] < 0) _firstHedge[i] = view.Round;
            if (keep)
            {
                var parts = view.Parts(i);
                _payoffs[i][_count] = parts.Payoff;
                _archetypes[i][(int)archetype]++;
                _losses[i] += parts.Losses;
                if (_last[i] >= 0 && _last[i] != action) _switches[i]++;
                // Weights are kept by counterparty position; summed by actor index so that the means line up
                // across actors and with the ids whatever each actor's relations are.
                var weights = view.Weights(i);
                var counterparties = view.Model.Counterparties[i];
                for (var k = 0; k < counterparties.Length; k++) _weightSums[i][counterparties[k]] += weights[k];
            }
            _last[i] = action;
        }
        if (keep) _count++;
    }

    /// <summary>The summaries of the choosing actors, in actor order.</summary>
    public IReadOnlyList<RunSummary> Summaries()
    {
        var result = new List<RunSummary>();
        for (var i = 0; i < _ids.Length; i++)
        {
            if (!_chooses[i]) continue;
            var series = _payoffs[i].AsSpan(0, _count);
            var sorted = series.ToArray();
            Array.Sort(sorted);
            var mean = _count > 0 ? series.ToArray().Average() : double.NaN;
            double Share(Archetype x) => _count > 0 ? (double)_archetypes[i][(int)x] / _count : double.NaN;
            result.Add(new RunSummary(
                _ids[i],
                Share(Archetype.Balancing),
                Share(Archetype.Bandwagoning),
                Share(Archetype.Equidistance),
                Share(Archetype.Hedging),
                mean,
                TailStatistics.StandardDeviation(series),
                TailStatistics.Quantile(sorted, 0.05),
                TailStatistics.LowerCvar(sorted, 0.05),
                _count > 0 ? _losses[i] / _count : double.NaN,
                _switches[i],
                _firstHedge[i] >= 0 ? _firstHedge[i] : null,
                [.. _weightSums[i].Select(w => _count > 0 ? w / _count : double.NaN)]));
        }
        return result;
    }
}
