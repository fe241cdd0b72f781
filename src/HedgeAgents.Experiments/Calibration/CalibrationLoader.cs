using HedgeAgents.Core.Collections;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Calibration;

/// <summary>Loads a calibration file and the event files it names, reporting every problem at once as located
/// <see cref="ConfigError"/>s (like experiment files).</summary>
/// <remarks>
/// <code>
/// estimates:
///   - id: cpc-closure-natural              # unique; the estimate key of hazards.csv
///     events: cpc-outages.csv              # an event file in this file's folder (data/ conventions)
///     where: {cause_class: [weather, technical]}   # optional: rows kept when each named column holds a listed value
///     windows: [{from: 2015, to: 2021}, {from: 2022, to: 2025}]   # calendar years, inclusive, disjoint
///     per: quarter                         # round length: quarter | year | month
///     count: events                        # optional: events (each row one; default), episodes (overlapping rows
///                                          # one event) or a numeric column summed
///     parameter: routes.cpc.hazard         # the model parameter it informs (text)
///     meaning: "what the estimate stands for and what it leaves out"
/// assumptions:                             # optional: parameters the record does not estimate
///   - parameter: shocks.coercion.hazard
///     value: 0.1
///     range: [0.02, 0.3]
///     reason: "why this value and range"
/// </code>
/// An event file needs a <c>start</c> column (or <c>date</c> for dated events such as designations) and
/// <c>source_year</c>; an event counts in the window holding its start year; a <c>days</c> column gives lengths.
/// </remarks>
public static class CalibrationLoader
{
    /// <summary>The date columns an event file may have, in the order they are looked for.</summary>
    public static readonly IReadOnlyList<string> DateColumns = ["start", "date"];

    /// <summary>The column giving the year each source was published.</summary>
    public const string SourceYearColumn = "source_year";

    /// <summary>Loads the spec and its event files.</summary>
    /// <exception cref="ConfigException">The spec or an event file is missing or invalid; every problem is listed.</exception>
    public static (CalibrationSpec Spec, IReadOnlyDictionary<string, EventTable> Tables) LoadFile(string path)
    {
        var text = YamlInput.ReadFile(path);
        return LoadFromText(text, path);
    }

    /// <summary>Loads a spec from YAML text; <paramref name="file"/> names it in errors and its folder holds the event files.</summary>
    /// <exception cref="ConfigException">The spec or an event file is missing or invalid; every problem is listed.</exception>
    public static (CalibrationSpec Spec, IReadOnlyDictionary<string, EventTable> Tables) LoadFromText(string text, string file)
    {
        var errors = new List<ConfigError>();
        var root = YamlInput.Parse(text, file, errors, document: "a calibration file", emptyKey: "estimates",
            emptyHint: "a calibration file needs 'estimates:', a list of entries");
        if (root is null) throw new ConfigException(errors);
        var map = new SourceMap(file);
        var spec = new CalibrationReader(file, errors, map).Read(root);
        var tables = new Dictionary<string, EventTable>(StringComparer.Ordinal);
        if (spec is not null)
            foreach (var estimate in spec.Estimates)
                CheckAgainstData(spec, estimate, tables, map, errors);
        if (spec is null || errors.Count > 0)
            throw new ConfigException([.. errors.Distinct().OrderBy(e => e.File == file ? 0 : 1).ThenBy(e => e.File, StringComparer.Ordinal)
                .ThenBy(e => e.Line).ThenBy(e => e.Column)]);
        return (spec, tables);
    }

    // The event file exists and reads, and has the columns the entry names.
    private static void CheckAgainstData(CalibrationSpec spec, EstimateSpec estimate, Dictionary<string, EventTable> tables,
        SourceMap map, List<ConfigError> errors)
    {
        void Error(string key, string message) => errors.Add(map.Locate($"{estimate.Id}.{key}").Error(key, message));
        var path = spec.EventPath(estimate);
        if (!tables.TryGetValue(estimate.Events, out var table))
        {
            if (!File.Exists(path))
            {
                var present = Directory.Exists(spec.Folder)
                    ? Directory.EnumerateFiles(spec.Folder, "*.csv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
                    : [];
                Error("events", $"no event file '{estimate.Events}' in {spec.Folder}" + KeySuggestions.Hint(estimate.Events, present));
                return;
            }
            try
            {
                table = EventTable.Load(path);
            }
            catch (ConfigException e)
            {
                errors.AddRange(e.Errors);
                return;
            }
            tables[estimate.Events] = table;
        }
        var columns = table.Columns.ToList();
        if (!DateColumns.Any(table.Has))
            Error("events", $"{estimate.Events} has no '{DateColumns[0]}' or '{DateColumns[1]}' column; an event file dates each event (columns: {string.Join(", ", columns)})");
        if (!table.Has(SourceYearColumn))
            Error("events", $"{estimate.Events} has no '{SourceYearColumn}' column; every row of a data file says when its source was published");
        foreach (var filter in estimate.Where.Where(f => !table.Has(f.Column)))
            Error($"where.{filter.Column}", $"{estimate.Events} has no column '{filter.Column}'" + KeySuggestions.Hint(filter.Column, columns));
        if (estimate.SumsColumn && !table.Has(estimate.Count))
            Error("count", $"{estimate.Events} has no column '{estimate.Count}'; count is '{EstimateSpec.EventsCount}', " +
                $"'{EstimateSpec.EpisodesCount}' or a numeric column" +
                KeySuggestions.Hint(estimate.Count, columns));
    }
}
