using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Config;

/// <summary>A scenario event: at round <paramref name="At"/>, the assignments in <paramref name="Set"/> take effect.</summary>
/// <param name="At">The round (0-based) the change takes effect, already resolved from a period label.</param>
/// <param name="Label">A name for reports (e.g. <c>2022 sanctions</c>).</param>
/// <param name="Set">Assignments applied in order to the parameters in force just before the event.</param>
public sealed record ExperimentEvent(int At, string Label, ValueArray<ParameterAssignment> Set);
