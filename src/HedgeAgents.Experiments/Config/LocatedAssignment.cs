using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Config;

/// <summary>An assignment with the place it was written.</summary>
internal sealed record LocatedAssignment(ParameterAssignment Assignment, SourceLocation Location);
