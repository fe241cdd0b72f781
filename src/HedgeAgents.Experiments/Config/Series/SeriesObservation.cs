namespace HedgeAgents.Experiments.Config.Series;

/// <summary>One kept row of a series: the first and last round its time covers (a year covers its four quarters),
/// its value after <c>scale</c>, and the data file line it came from.</summary>
internal readonly record struct SeriesObservation(int First, int Last, double Value, int Line);
