using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Config;

/// <summary>An event as read, before its time is resolved (the period and start may still change by <c>--set</c>).</summary>
/// <param name="Where">The event's place in the list (<c>events[2]</c>), for error keys.</param>
/// <param name="At">The <c>at</c> value as written, or null when missing.</param>
internal sealed record EventDraft(
    string Where,
    ParameterValue? At,
    SourceLocation AtLocation,
    string Label,
    ValueArray<LocatedAssignment> Set,
    SourceLocation SetLocation);
