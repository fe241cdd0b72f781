using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Insurance;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Tests.Support;

/// <summary>What one actor did and got in one round (copied out of the reused <see cref="RoundView"/>).</summary>
internal sealed record ActorRound(
    int Action,
    string Label,
    Actions.Archetype Archetype,
    PayoffParts Parts,
    double[] Weights,
    double[] Stocks,
    double Diversification,
    double Resilience);

/// <summary>One round of a run.</summary>
internal sealed record RoundRecord(int Round, string? EventLabel, ActorRound[] Actors, FiredShock[] Shocks);

/// <summary>Records every round of a run in full, for invariants and determinism checks.</summary>
internal sealed class TraceObserver : IRoundObserver
{
    public List<RoundRecord> Rounds { get; } = [];

    public void OnRound(RoundView view)
    {
        var actors = new ActorRound[view.ActorCount];
        for (var i = 0; i < actors.Length; i++)
        {
            actors[i] = new ActorRound(
                view.ActionIndex(i),
                view.ActionLabel(i),
                view.Action(i).Archetype,
                view.Parts(i),
                view.Weights(i).ToArray(),
                [view.Stock(i, InsuranceStock.Institutionalization), view.Stock(i, InsuranceStock.Procedural), view.Stock(i, InsuranceStock.Redundancy)],
                view.Diversification(i),
                view.Resilience(i));
        }
        Rounds.Add(new RoundRecord(view.Round, view.EventLabel, actors, view.Shocks.Items.ToArray()));
    }

    /// <summary>Runs a spec with a seed and returns the trace.</summary>
    public static TraceObserver Run(Parameters.RunSpec spec, ulong seed)
    {
        var trace = new TraceObserver();
        new Simulation(spec, seed).Run(trace);
        return trace;
    }

    /// <summary>Every recorded number and label as text with round-trip formatting: equal fingerprints mean equal bits.</summary>
    public List<string> Fingerprint()
    {
        var lines = new List<string>();
        foreach (var r in Rounds)
        {
            for (var i = 0; i < r.Actors.Length; i++)
            {
                var a = r.Actors[i];
                var p = a.Parts;
                lines.Add(FormattableString.Invariant(
                    $"{r.Round}|{i}|{a.Label}|{p.Returns:R}|{p.Loss(SanctionsKind.Slot):R}|{p.Loss(DisruptionKind.Slot):R}|{p.Loss(CoercionKind.Slot):R}|{p.Loss(AbandonmentKind.Slot):R}|{p.InsuranceCost:R}|{p.ReputationCost:R}|{p.SidePayment:R}|{string.Join(";", a.Weights.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}|{string.Join(";", a.Stocks.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}|{a.Diversification:R}|{a.Resilience:R}"));
            }
            lines.Add($"{r.Round}|shocks|{string.Join(";", r.Shocks.Select(s => $"{s.Kind}:{s.Actor}:{s.Source}:{s.Route}"))}");
        }
        return lines;
    }
}
