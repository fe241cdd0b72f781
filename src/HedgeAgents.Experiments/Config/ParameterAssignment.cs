namespace HedgeAgents.Experiments.Config;

/// <summary>One <c>path = value</c> assignment, from an event's <c>set:</c> or from <c>--set</c>.</summary>
public sealed record ParameterAssignment(string Path, ParameterValue Value)
{
    /// <summary>The form <c>path = value</c>, as written by <see cref="ParameterPaths.Describe(ExperimentConfig)"/>.</summary>
    public override string ToString() => $"{Path} = {Value}";
}
