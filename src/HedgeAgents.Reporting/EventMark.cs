namespace HedgeAgents.Reporting;

/// <summary>A scenario event from the manifest, marked on the time axis of run figures.</summary>
/// <param name="At">The round it takes effect.</param>
/// <param name="Period">The round's calendar label (<c>2022Q1</c>).</param>
/// <param name="Label">The event's label.</param>
public sealed record EventMark(int At, string Period, string Label);
