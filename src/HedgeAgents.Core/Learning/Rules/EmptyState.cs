namespace HedgeAgents.Core.Learning.Rules;

/// <summary>The state of a rule that remembers nothing.</summary>
public sealed class EmptyState : LearnerState
{
    /// <inheritdoc />
    public override double[] Save() => [];

    /// <inheritdoc />
    public override void Load(ReadOnlySpan<double> saved) { }
}
