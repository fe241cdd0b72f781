using System.Collections.Immutable;
using HedgeAgents.Core.Collections;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Experiments.Config;

/// <summary>A validated, frozen experiment: run settings, the initial model parameters and the scenario's events.</summary>
/// <param name="Name">The experiment's name.</param>
/// <param name="Description">Free text for reports.</param>
/// <param name="Rounds">Rounds per run (≥ 1).</param>
/// <param name="BurnIn">Rounds left out of run summaries (0 ≤ burn-in &lt; rounds).</param>
/// <param name="Replications">Runs per parameter point (≥ 1).</param>
/// <param name="Seed">The master seed; run seeds are hashed from it.</param>
/// <param name="Start">The label of round 0 in the period's format.</param>
/// <param name="Period">What a round stands for.</param>
/// <param name="Initial">Parameters in force from round 0.</param>
/// <param name="Events">Scenario events in ascending order of round (file order among equal rounds).</param>
/// <param name="SourcePath">The file it was loaded from.</param>
public sealed record ExperimentConfig(
    string Name,
    string Description,
    int Rounds,
    int BurnIn,
    int Replications,
    ulong Seed,
    string Start,
    PeriodKind Period,
    ModelParameters Initial,
    ValueArray<ExperimentEvent> Events,
    string SourcePath)
{
    /// <summary>The <c>sweep:</c> section, if the file has one (used by <c>hedge sweep</c>; <c>hedge run</c> ignores it).</summary>
    public Sweeps.SweepSpec? Sweep { get; init; }

    /// <summary>The figures of the <c>plots:</c> section, in file order (empty when there is none).</summary>
    public ValueArray<Plots.PlotSpec> Plots { get; init; } = [];

    /// <summary>The parameters set period by period from data files (<c>series:</c>), in file order.</summary>
    public ValueArray<Series.ResolvedSeries> Series { get; init; } = [];

    /// <summary>The calendar label of a round (<c>2022Q1</c>).</summary>
    public string Label(int round) => PeriodCalendar.Label(Period, Start, round);

    /// <summary>The run specification: each event's assignments apply to the parameters in force just before it,
    /// so events accumulate; events are taken in order of round, file order among equal rounds.</summary>
    public RunSpec ToRunSpec()
    {
        var current = Initial;
        var scheduled = ImmutableArray.CreateBuilder<ScheduledParameters>(Events.Length);
        var seriesRounds = Series.SelectMany(s => s.Changes).ToHashSet();
        var rounds = Events.Select(e => e.At).Concat(seriesRounds).Distinct().Order();
        foreach (var t in rounds)
        {
            foreach (var e in Events.Where(e => e.At == t))
            {
                // `routes.<id>.closed` is an impulse (close now for k rounds), not a level: clear it before each event
                // so only the events that set it close the route.
                current = ParameterPaths.ApplyAll(ClearForcedClosures(current), e.Set);
                scheduled.Add(new ScheduledParameters(e.At, e.Label, current));
            }
            if (!seriesRounds.Contains(t)) continue;
            // The data's values join the last parameter set of the round (a new one when no event is at it).
            var withData = ParameterPaths.ApplyAll(scheduled.Count > 0 && scheduled[^1].At == t ? current : ClearForcedClosures(current),
                [.. Series.Where(s => s.Changes.Contains(t)).Select(s => new ParameterAssignment(s.Spec.Set, ParameterValue.Of(s.Values[t])))]);
            current = withData;
            if (scheduled.Count > 0 && scheduled[^1].At == t) scheduled[^1] = scheduled[^1] with { Parameters = current };
            else scheduled.Add(new ScheduledParameters(t, Config.Series.SeriesSchedule.Label, current));
        }
        return new RunSpec(Initial, Rounds, BurnIn, scheduled.ToImmutable());
    }

    private static ModelParameters ClearForcedClosures(ModelParameters p) =>
        p.Routes.Any(r => r.Closed != 0) ? p with { Routes = [.. p.Routes.Select(r => r with { Closed = 0 })] } : p;

    /// <summary>The top-level settings as the schema tables see them.</summary>
    internal ExperimentHeader Header => new(Name, Description, Rounds, BurnIn, Replications, Seed, Start, Period);
}
