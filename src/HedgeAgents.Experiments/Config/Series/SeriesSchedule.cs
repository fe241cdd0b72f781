using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Experiments.Config.Series;

/// <summary>How read series enter an experiment: their first values become the initial parameters, their changes
/// are checked like events, and no other input may set a path a series sets.</summary>
internal static class SeriesSchedule
{
    /// <summary>The label of the parameter sets that only series changes start (not an event of the scenario).</summary>
    public const string Label = "series";

    /// <summary>The initial parameters with each series' round-0 value; a path that is not a number leaf is reported.</summary>
    public static ModelParameters ApplyInitial(ImmutableArray<(SeriesDraft Draft, ResolvedSeries Series)> series, ModelParameters parameters,
        SourceMap map, List<ConfigError> errors)
    {
        foreach (var (draft, s) in series)
        {
            try
            {
                // Under `before: keep` the section's own value stands; the path is still checked.
                var start = s.SetsStart ? ParameterValue.Of(s.Values[0])
                    : ParameterValue.Parse(ParameterPaths.Describe(parameters).FirstOrDefault(d => d.Path == s.Spec.Set).Value ?? "");
                parameters = ParameterPaths.Apply(parameters, new ParameterAssignment(s.Spec.Set, start));
                map.Set(s.Spec.Set, draft.At("set"));
            }
            catch (ParameterPathException e)
            {
                errors.Add(draft.At("set").Error($"{draft.Where}.set", e.Problem));
            }
        }
        return parameters;
    }

    /// <summary>Reports a path that a series sets and another series or an event sets too (whose value would win from
    /// when would be anybody's guess).</summary>
    public static void CheckExclusive(ImmutableArray<(SeriesDraft Draft, ResolvedSeries Series)> series, ExperimentDraft experiment,
        List<ConfigError> errors)
    {
        var owners = new Dictionary<string, SeriesDraft>(StringComparer.Ordinal);
        foreach (var (draft, s) in series)
        {
            if (owners.TryGetValue(s.Spec.Set, out var first))
                errors.Add(draft.At("set").Error($"{draft.Where}.set", $"{first.Where} already sets {s.Spec.Set}; one series per path"));
            else owners[s.Spec.Set] = draft;
        }
        foreach (var e in experiment.Events)
        foreach (var a in e.Set.Where(a => owners.ContainsKey(a.Assignment.Path)))
            errors.Add(a.Location.Error(a.Assignment.Path,
                $"{a.Assignment.Path} is set from data by {owners[a.Assignment.Path].Where} ({owners[a.Assignment.Path].Spec.File}); an event cannot also set it (change the data, or drop the series)"));
    }

    /// <summary>The series left once <c>--set</c> has replaced some: a path given on the command line holds its value
    /// from round 0, as a swept path does, instead of the data's.</summary>
    public static ImmutableArray<(SeriesDraft Draft, ResolvedSeries Series)> WithoutSet(
        ImmutableArray<(SeriesDraft Draft, ResolvedSeries Series)> series, IReadOnlyList<string> sets)
    {
        var given = sets.Select(t => t.IndexOf('=') is > 0 and var eq ? t[..eq].Trim() : "").ToHashSet(StringComparer.Ordinal);
        return [.. series.Where(s => !given.Contains(s.Series.Spec.Set))];
    }

    /// <summary>One event draft per round at which some series changes, located at the series that change, so the
    /// parameters after each change are checked like an event's.</summary>
    public static IEnumerable<EventDraft> Drafts(ImmutableArray<(SeriesDraft Draft, ResolvedSeries Series)> series, ExperimentHeader header)
    {
        var changes = series.SelectMany(x => x.Series.Changes.Select(t => (Round: t, x.Draft, x.Series)))
            .GroupBy(c => c.Round).OrderBy(g => g.Key);
        foreach (var round in changes)
        {
            var at = ParameterValue.Parse(PeriodCalendar.Label(header.Period, header.EffectiveStart, round.Key));
            var first = round.First().Draft;
            yield return new EventDraft(Label, at, first.Item, Label,
                [.. round.Select(c => new LocatedAssignment(new ParameterAssignment(c.Series.Spec.Set, ParameterValue.Of(c.Series.Values[round.Key])), c.Draft.At("file")))],
                first.Item);
        }
    }

    /// <summary>Whether an event draft stands for series changes rather than an event of the file.</summary>
    public static bool IsSeries(EventDraft draft) => draft.Where == Label;
}
