using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Calibration;

/// <summary>What one entry gives over one window: the rate and probability per round and, when the event file has
/// lengths, the mean length and the share of a round it takes.</summary>
/// <param name="Estimate">The entry.</param>
/// <param name="Window">The window.</param>
/// <param name="Rate">The count, exposure, rate and its interval.</param>
/// <param name="Rows">The number of rows counted (equals the count when each row is one event).</param>
/// <param name="HasLengths">Whether the event file has a <c>days</c> column.</param>
/// <param name="KnownLengths">Counted events (rows, or episodes) whose length is known.</param>
/// <param name="UnknownLengths">Counted events whose length is not known (0 without a <c>days</c> column).</param>
/// <param name="MeanDays">The mean length in days of those with a known length, or null when none has one.</param>
/// <param name="CauseClasses">The cause classes of the counted rows with their row counts, by class name; empty when
/// the file has no <c>cause_class</c> column.</param>
/// <param name="SourceYear">The latest <c>source_year</c> of the counted rows (of every row of the file when none is
/// counted: a window without events is still the file's record).</param>
public sealed record WindowEstimate(EstimateSpec Estimate, YearWindow Window, RateEstimate Rate, int Rows, bool HasLengths,
    int KnownLengths, int UnknownLengths, double? MeanDays, ValueArray<(string Class, int Rows)> CauseClasses, int SourceYear)
{
    /// <summary>The mean share of a round an event takes, mean days / days per round, at most 1; null without lengths.</summary>
    public double? Severity => MeanDays is { } days ? Math.Min(1.0, days / Estimate.Per.Days) : null;
}
