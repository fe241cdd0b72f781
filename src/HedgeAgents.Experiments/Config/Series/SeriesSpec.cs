using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Config.Series;

/// <summary>One entry of an experiment's <c>series:</c>: a parameter path set, period by period, from a column of a
/// data file. <see cref="SeriesKeys"/> declares each key's default and meaning.</summary>
/// <param name="Set">The parameter path the series sets (e.g. <c>relations.KAZ.CHN.returns</c>).</param>
/// <param name="File">The data file, as written (relative to the experiment file).</param>
/// <param name="Column">The column holding the numbers.</param>
/// <param name="Where">Rows kept: every listed column equals its value.</param>
/// <param name="Time">The column holding each row's time: a year, or a label of the run's period.</param>
/// <param name="Unit">The unit every kept row's <c>unit</c> column must show (null when the file has none).</param>
/// <param name="Scale">Each value is multiplied by it (a unit conversion).</param>
/// <param name="Between">The rule between observations.</param>
/// <param name="Before">The rule before the first observation.</param>
/// <param name="After">The rule after the last observation (or after <paramref name="Until"/>).</param>
/// <param name="Until">Observations after this time are ignored (freezes an input, e.g. at 2021); null keeps all.</param>
public sealed record SeriesSpec(
    string Set,
    string File,
    string Column,
    ValueMap<string, string> Where,
    string Time,
    string? Unit,
    double Scale,
    SeriesRule Between,
    SeriesRule Before,
    SeriesRule After,
    string? Until);
