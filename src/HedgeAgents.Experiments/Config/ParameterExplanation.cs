namespace HedgeAgents.Experiments.Config;

/// <summary>One parameter path of an experiment, explained: its value in force, its unit (empty when it has none),
/// the values it allows and what it means.</summary>
/// <param name="Path">The parameter path (<c>routes.cpc.capacity</c>).</param>
/// <param name="Value">The value as <c>describe</c> prints it.</param>
/// <param name="Unit">The unit (<c>Mt/yr</c>, <c>share</c>, <c>probability/round</c>), or empty.</param>
/// <param name="Range">The allowed values (<c>in [0, 1]</c>, <c>&gt;= 0</c>, <c>one of …</c>).</param>
/// <param name="Description">The one-line meaning, as the schema and the reference page give it.</param>
public sealed record ParameterExplanation(string Path, string Value, string Unit, string Range, string Description);
