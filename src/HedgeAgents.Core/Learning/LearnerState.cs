namespace HedgeAgents.Core.Learning;

/// <summary>The mutable memory of one learner; its rule is stateless. It round-trips through a vector of numbers.</summary>
public abstract class LearnerState
{
    /// <summary>The state as numbers (for checkpoints and the round-trip contract).</summary>
    public abstract double[] Save();

    /// <summary>Restores a state written by <see cref="Save"/>.</summary>
    public abstract void Load(ReadOnlySpan<double> saved);
}
