using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using HedgeAgents.Core.Collections;
using HedgeAgents.Experiments.Data;

namespace HedgeAgents.Experiments.Config.Series;

/// <summary>Reads each series' data file and places its observations on the run's calendar, reporting every problem
/// at the series key or the data file line that causes it.</summary>
internal sealed partial class SeriesResolver(string experimentFile, ExperimentHeader header, List<ConfigError> errors)
{
    // Columns that say where a figure comes from, not what it is: two rows differing only here are the same observation.
    private static readonly string[] SourceColumns = ["value", "publisher", "title", "source_year", "url", "note"];

    private readonly Dictionary<string, (DataTable? Table, string Sha256)> _files = new(StringComparer.Ordinal);

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    /// <summary>The series that could be read, in file order; the others are reported.</summary>
    public ImmutableArray<(SeriesDraft Draft, ResolvedSeries Series)> Resolve(IEnumerable<SeriesDraft> drafts)
    {
        var resolved = ImmutableArray.CreateBuilder<(SeriesDraft, ResolvedSeries)>();
        // A bad start or run length is reported with the header; there is no calendar to place data on.
        if (!PeriodCalendar.IsValidLabel(header.Period, header.EffectiveStart) || header.Rounds < 1) return resolved.ToImmutable();
        foreach (var draft in drafts)
            if (Resolve(draft) is { } series) resolved.Add((draft, series));
        return resolved.ToImmutable();
    }

    /// <summary>The full path of a series file: relative to the experiment file's folder.</summary>
    public static string PathOf(string experimentFile, string file) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(experimentFile)) ?? "", file));

    private ResolvedSeries? Resolve(SeriesDraft draft)
    {
        var spec = draft.Spec;
        if (spec.File.Length == 0 || spec.Set.Length == 0) return null; // missing keys, reported by the reader
        var (table, sha) = Load(draft);
        if (table is null) return null;
        var where = draft.Where;
        var ok = true;
        foreach (var column in new[] { (Key: "column", Name: spec.Column), (Key: "time", Name: spec.Time) }.Concat(spec.Where.Keys.Select(c => (Key: $"where.{c}", Name: c))))
        {
            if (table.Has(column.Name)) continue;
            errors.Add(draft.At(column.Key).Error($"{where}.{column.Key}",
                $"{spec.File} has no column '{column.Name}'" + KeySuggestions.Hint(column.Name, table.Columns)));
            ok = false;
        }
        if (!ok) return null;
        if (table.Rows.FirstOrDefault(r => !r.IsComplete) is { } ragged)
        {
            errors.Add(new ConfigError(table.Path, ragged.Line, 1, "file", $"{ragged.Fields.Length} fields, but the header has {table.Columns.Length} columns"));
            return null;
        }
        var rows = table.Rows.Where(r => spec.Where.All(w => r[w.Key] == w.Value)).ToList();
        if (rows.Count == 0)
        {
            ReportNoRows(draft, table);
            return null;
        }
        var hasUnit = table.Has("unit");
        if (hasUnit && spec.Unit is null)
        {
            // Suggest the units of the rows the filter keeps: usually one, the one to write.
            var units = rows.Select(r => r["unit"]).Distinct().Order(StringComparer.Ordinal).ToList();
            errors.Add(draft.Item.Error($"{where}.unit", $"{spec.File} has a unit column: say which unit the series expects" +
                (units.Count == 1 ? $", e.g. unit: {units[0]}" : $" (the rows kept show {string.Join(", ", units)}: add a where key to keep one)")));
            return null;
        }
        if (!hasUnit && spec.Unit is not null)
        {
            errors.Add(draft.At("unit").Error($"{where}.unit", $"{spec.File} has no unit column to check '{spec.Unit}' against; remove the key"));
            return null;
        }
        var observations = new List<SeriesObservation>();
        var byFirst = new Dictionary<int, DataRow>();
        var untilLast = int.MaxValue;
        if (spec.Until is { } until)
        {
            if (Place(until) is { } u) untilLast = u.Last;
            else
            {
                errors.Add(draft.At("until").Error($"{where}.until", $"expected a year like 2021 or {PeriodCalendar.FormatHint(header.Period)}, got '{until}'"));
                return null;
            }
        }
        foreach (var row in rows)
        {
            var timeText = row[spec.Time].Trim();
            if (Place(timeText) is not { } span)
            {
                DataError(table, row, spec.Time, header.Period == PeriodKind.Round
                    ? $"'{timeText}' cannot be placed on a run counted in rounds; give the experiment a period (quarter, year, month)"
                    : $"'{timeText}' is not a year like 2015 or {PeriodCalendar.FormatHint(header.Period)}");
                ok = false;
                continue;
            }
            var valueText = row[spec.Column].Trim();
            if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                DataError(table, row, spec.Column, $"'{valueText}' is not a number (invariant culture: 0.25, no thousands separators)");
                ok = false;
                continue;
            }
            if (hasUnit && row["unit"].Trim() != spec.Unit)
            {
                DataError(table, row, "unit", $"unit '{row["unit"]}', but {where} expects '{spec.Unit}'");
                ok = false;
                continue;
            }
            if (byFirst.TryGetValue(span.First, out var earlier))
            {
                var differ = table.Columns.Where(c => !SourceColumns.Contains(c) && c != spec.Time && row[c] != earlier[c]).ToList();
                DataError(table, row, spec.Time, $"a second row for {timeText} (the first is line {earlier.Line})" + (differ.Count > 0
                    ? $"; they differ in {string.Join(", ", differ)}: add it to {where}.where to pick one"
                    : "; the same observation twice"));
                ok = false;
                continue;
            }
            byFirst[span.First] = row;
            if (span.First <= untilLast) observations.Add(new SeriesObservation(span.First, span.Last, value * spec.Scale, row.Line));
        }
        if (!ok) return null;
        if (observations.Count == 0)
        {
            errors.Add(draft.At("until").Error($"{where}.until", $"no observation of {spec.File} is at or before {spec.Until}"));
            return null;
        }
        observations.Sort((a, b) => a.First.CompareTo(b.First));
        return Place(draft, observations, sha);
    }

    // Values per round by the rules; the first uncovered round is reported once per rule.
    private ResolvedSeries? Place(SeriesDraft draft, List<SeriesObservation> obs, string sha)
    {
        var spec = draft.Spec;
        var values = new double[header.Rounds];
        var first = obs[0];
        var last = obs[^1];
        var lastCovered = spec.Until is not null && Place(spec.Until) is { } u ? Math.Min(last.Last, u.Last) : last.Last;
        if (spec.Before == SeriesRule.Error && first.First > 0)
        {
            errors.Add(draft.At("file").Error($"{draft.Where}.before",
                $"{spec.File} starts at {Label(first.First)} (line {first.Line}) but the run starts at {Label(0)}; give the data for the start, or before: hold to hold the first value back"));
            return null;
        }
        if (spec.After == SeriesRule.Error && lastCovered < header.Rounds - 1)
        {
            errors.Add(draft.At("file").Error($"{draft.Where}.after",
                $"{spec.File} covers up to {Label(lastCovered)} (line {last.Line}) but the run ends at {Label(header.Rounds - 1)}; give the data, or after: hold to hold the last value"));
            return null;
        }
        var k = 0;
        for (var t = 0; t < values.Length; t++)
        {
            while (k + 1 < obs.Count && obs[k + 1].First <= t) k++;
            var o = obs[k];
            if (t < o.First) values[t] = spec.Before == SeriesRule.Keep ? double.NaN : o.Value; // before the first observation
            else if (k + 1 < obs.Count && spec.Between == SeriesRule.Linear)
            {
                var next = obs[k + 1];
                values[t] = o.Value + (next.Value - o.Value) * (t - o.First) / (next.First - o.First);
            }
            else values[t] = o.Value;
        }
        return new ResolvedSeries(spec, sha, values.ToValueArray());
    }

    // The first and last round a time covers: a four-digit year covers every period of that year, a period label itself.
    private (int First, int Last)? Place(string text)
    {
        var start = header.EffectiveStart;
        if (PeriodCalendar.TryParseRound(header.Period, start, text, out var round)) return (round, round);
        if (!YearPattern().IsMatch(text)) return null;
        var (firstLabel, count) = header.Period switch
        {
            PeriodKind.Quarter => ($"{text}Q1", 4),
            PeriodKind.Month => ($"{text}-01", 12),
            _ => ("", 0),
        };
        if (count == 0 || !PeriodCalendar.TryParseRound(header.Period, start, firstLabel, out var first)) return null;
        return (first, first + count - 1);
    }

    private string Label(int round) => PeriodCalendar.Label(header.Period, header.EffectiveStart, round);

    private (DataTable? Table, string Sha256) Load(SeriesDraft draft)
    {
        var path = PathOf(experimentFile, draft.Spec.File);
        if (_files.TryGetValue(path, out var cached)) return cached;
        (DataTable?, string) loaded;
        if (!File.Exists(path))
        {
            errors.Add(draft.At("file").Error($"{draft.Where}.file", $"no data file '{draft.Spec.File}' (looked for {path}); paths are relative to the experiment file"));
            loaded = (null, "");
        }
        else
        {
            try
            {
                var bytes = File.ReadAllBytes(path);
                using var text = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8);
                loaded = (DataTable.Read(text, Display(path)), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            }
            catch (DataFileException e)
            {
                errors.Add(new ConfigError(e.Problem.File, Math.Max(1, e.Problem.Line), 1, e.Problem.Column is { Length: > 0 } c ? c : "file", e.Problem.Message));
                loaded = (null, "");
            }
        }
        _files[path] = loaded;
        return loaded;
    }

    // Errors inside a data file name it as the user would type it from where they run hedge.
    private static string Display(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');

    private void ReportNoRows(SeriesDraft draft, DataTable table)
    {
        // Name the first filter that no row passes together with the ones before it, and the values that exist.
        var rows = table.Rows.AsEnumerable();
        foreach (var (column, wanted) in draft.Spec.Where)
        {
            var kept = rows.Where(r => r[column] == wanted).ToList();
            if (kept.Count > 0)
            {
                rows = kept;
                continue;
            }
            var present = rows.Select(r => r[column]).Distinct().Order(StringComparer.Ordinal).ToList();
            errors.Add(draft.At($"where.{column}").Error($"{draft.Where}.where.{column}",
                $"no row of {draft.Spec.File} has {column} = {wanted}" + (present.Count > 0 ? $" (with the filters before it); values: {string.Join(", ", present.Take(12))}{(present.Count > 12 ? ", ..." : "")}" : "")));
            return;
        }
        errors.Add(draft.Item.Error(draft.Where, $"{draft.Spec.File} has no data rows"));
    }

    private void DataError(DataTable table, DataRow row, string column, string message) =>
        errors.Add(new ConfigError(table.Path, row.Line, Math.Max(1, table.Column(column) + 1), column, message));
}
