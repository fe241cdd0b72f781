using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Experiments.Config;

/// <summary>Loads experiment files: YAML → draft records → <c>--set</c> overrides → validation of everything,
/// including the parameters after every event → a frozen <see cref="ExperimentConfig"/>.</summary>
/// <remarks>Every problem is collected before anything is thrown, so a student fixes a file in one pass.</remarks>
public static class ExperimentLoader
{
    /// <summary>The file name used in errors about <c>--set</c> assignments.</summary>
    public const string SetFile = "--set";

    /// <summary>Loads an experiment file, then applies <c>--set path=value</c> assignments.</summary>
    /// <exception cref="ConfigException">The file cannot be read or is not a valid experiment; every problem is listed.</exception>
    /// <param name="shocks">The shock kinds the file may set (default: the built-ins).</param>
    public static ExperimentConfig Load(string path, IEnumerable<string>? sets = null, ShockCatalog? shocks = null)
    {
        var text = YamlInput.ReadFile(path);
        return LoadFromText(text, path, sets, shocks);
    }

    /// <summary>Loads an experiment from YAML text; <paramref name="fileName"/> is used in errors and as the source path.</summary>
    /// <exception cref="ConfigException">The text is not a valid experiment; every problem is listed.</exception>
    /// <param name="shocks">The shock kinds the file may set (default: the built-ins).</param>
    public static ExperimentConfig LoadFromText(string yaml, string fileName, IEnumerable<string>? sets = null, ShockCatalog? shocks = null)
    {
        var errors = new List<ConfigError>();
        var map = new SourceMap(fileName);
        var root = YamlInput.Parse(yaml, fileName, errors);
        if (root is null) throw new ConfigException(errors);
        var draft = new ExperimentReader(fileName, errors, map, shocks ?? ShockCatalog.BuiltIn).Read(root);

        var setList = (sets ?? []).ToList();
        var (header, parameters) = ApplySets(draft.Header, draft.Parameters, setList, map, errors);
        // The values as written are checked before any series replaces them, so a bad value is reported even where the
        // data take over; what the data's first values bring is checked after, at the series that set them.
        var written = ParameterValidator.Validate(parameters);
        foreach (var problem in ParameterValidator.ValidateHeader(header).Concat(written))
            errors.Add(map.Locate(problem.Path).Error(problem.Path, problem.Message));

        // Every series is read and checked; one whose path --set gives is then replaced by that value.
        var series = new Series.SeriesResolver(fileName, header, errors).Resolve(draft.Series);
        Series.SeriesSchedule.CheckExclusive(series, draft, errors);
        series = Series.SeriesSchedule.WithoutSet(series, setList);
        parameters = Series.SeriesSchedule.ApplyInitial(series, parameters, map, errors);
        if (series.Length > 0)
        {
            var known = written.ToHashSet();
            foreach (var problem in ParameterValidator.Validate(parameters).Where(p => !known.Contains(p)))
                errors.Add(map.Locate(problem.Path).Error(problem.Path, $"with the data's first values: {problem.Message}"));
        }

        // The series' changes are checked as events are, then left out of the scenario's events (figures mark those).
        var events = ResolveEvents([.. draft.Events, .. Series.SeriesSchedule.Drafts(series, header)], header, parameters, errors)
            .Where(e => !Series.SeriesSchedule.IsSeries(e.Draft)).Select(e => e.Event).ToImmutableArray();
        if (draft.Sweep is { } sweep) Sweeps.SweepValidator.Validate(sweep, parameters, map, errors);
        var plots = draft.Plots.Items;
        Plots.PlotsReader.Validate(plots, parameters, draft.Sweep, map, errors);
        if (errors.Count > 0) throw new ConfigException(Ordered(errors));
        return new ExperimentConfig(header.Name, header.Description, header.Rounds, header.BurnIn, header.Replications,
            header.Seed, header.EffectiveStart, header.Period, parameters, events, fileName)
        {
            Sweep = draft.Sweep, Plots = plots, Series = [.. series.Select(s => s.Series)],
        };
    }

    private static (ExperimentHeader, ModelParameters) ApplySets(ExperimentHeader header, ModelParameters parameters,
        IEnumerable<string> sets, SourceMap map, List<ConfigError> errors)
    {
        var index = 0;
        foreach (var text in sets)
        {
            var location = new SourceLocation(SetFile, ++index, 1);
            var eq = text.IndexOf('=');
            if (eq <= 0)
            {
                errors.Add(location.Error(text, "expected path=value, e.g. actors.KAZ.openness=0.6"));
                continue;
            }
            var assignment = new ParameterAssignment(text[..eq].Trim(), ParameterValue.Parse(text[(eq + 1)..]));
            try
            {
                if (ParameterPaths.IsExperimentSetting(assignment.Path)) header = ParameterPaths.ApplyHeader(header, assignment);
                else parameters = ParameterPaths.Apply(parameters, assignment);
                map.Set(assignment.Path, location);
            }
            catch (ParameterPathException e)
            {
                errors.Add(location.Error(assignment.Path, e.Problem));
            }
        }
        return (header, parameters);
    }

    // Events are checked in the order they run, each against the parameters left by the one before; only problems
    // an event introduces are reported for it (the initial ones are already reported at their own lines).
    private static ImmutableArray<(EventDraft Draft, ExperimentEvent Event)> ResolveEvents(ImmutableArray<EventDraft> drafts, ExperimentHeader header,
        ModelParameters initial, List<ConfigError> errors)
    {
        var timed = new List<(int At, EventDraft Draft)>();
        foreach (var draft in drafts)
        {
            if (ResolveAt(draft, header, errors) is { } at) timed.Add((at, draft));
            else ApplyEvent(draft, initial, errors); // unplaceable in time, but its paths can still be checked
        }

        var current = initial;
        var known = ParameterValidator.Validate(initial).ToHashSet();
        var events = ImmutableArray.CreateBuilder<(EventDraft, ExperimentEvent)>(timed.Count);
        foreach (var (at, draft) in timed.OrderBy(t => t.At))
        {
            var state = ApplyEvent(draft, current, errors);
            var problems = ParameterValidator.Validate(state);
            foreach (var problem in problems.Where(p => !known.Contains(p)))
                errors.Add(Blame(draft, problem.Path).Error(problem.Path, $"after the event at round {at}: {problem.Message}"));
            known = problems.ToHashSet();
            current = state;
            events.Add((draft, new ExperimentEvent(at, draft.Label, [.. draft.Set.Select(a => a.Assignment)])));
        }
        return events.MoveToImmutable();
    }

    // Rule changes go first, as in ParameterPaths.ApplyAll; a failing assignment is reported and skipped.
    private static ModelParameters ApplyEvent(EventDraft draft, ModelParameters state, List<ConfigError> errors)
    {
        foreach (var located in draft.Set.OrderBy(a => ParameterPaths.IsRulePath(a.Assignment.Path) ? 0 : 1))
        {
            try
            {
                state = ParameterPaths.Apply(state, located.Assignment);
            }
            catch (ParameterPathException e)
            {
                errors.Add(located.Location.Error(located.Assignment.Path, e.Problem));
            }
        }
        return state;
    }

    // An integer is a round index, except that under `period: year` a four-digit integer is a year, as people write it.
    private static int? ResolveAt(EventDraft draft, ExperimentHeader header, List<ConfigError> errors)
    {
        if (draft.At is not { } at) return null;
        var start = header.EffectiveStart;
        int round;
        var isIndex = at.Kind == ParameterValueKind.Number && at.Number == Math.Floor(at.Number) && Math.Abs(at.Number) < int.MaxValue
                      && !(header.Period == PeriodKind.Year && at.Text.Trim().Length == 4);
        if (isIndex) round = (int)at.Number;
        else if (!PeriodCalendar.TryParseRound(header.Period, start, at.Text, out round))
        {
            errors.Add(draft.AtLocation.Error($"{draft.Where}.at", $"expected a round in [0, {header.Rounds}) or {PeriodCalendar.FormatHint(header.Period)}, got {LeafCoercion.Show(at)}"));
            return null;
        }
        if (round >= 0 && round < header.Rounds) return round;
        var span = PeriodCalendar.IsValidLabel(header.Period, start)
            ? $" ({PeriodCalendar.Label(header.Period, start, 0)} to {PeriodCalendar.Label(header.Period, start, header.Rounds - 1)})"
            : "";
        errors.Add(draft.AtLocation.Error($"{draft.Where}.at", $"round {round} is outside the run: rounds 0 to {header.Rounds - 1}{span}"));
        return null;
    }

    // The assignment that shares the longest path prefix with the problem, else the event's `set:` key.
    private static SourceLocation Blame(EventDraft draft, string problemPath)
    {
        var segments = problemPath.Split('.');
        var best = draft.SetLocation;
        var bestShared = 1;
        foreach (var located in draft.Set)
        {
            var other = located.Assignment.Path.Split('.');
            var shared = 0;
            while (shared < segments.Length && shared < other.Length && segments[shared] == other[shared]) shared++;
            if (shared > bestShared)
            {
                best = located.Location;
                bestShared = shared;
            }
        }
        return best;
    }

    private static List<ConfigError> Ordered(List<ConfigError> errors) =>
        [.. errors.Distinct().OrderBy(e => e.File == SetFile ? 1 : 0).ThenBy(e => e.Line).ThenBy(e => e.Column)];
}
