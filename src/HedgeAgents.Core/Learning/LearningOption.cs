namespace HedgeAgents.Core.Learning;

/// <summary>How an option's value is written.</summary>
public enum OptionKind
{
    /// <summary>A real number within [Min, Max].</summary>
    Number,
    /// <summary>One word out of <see cref="LearningOption.Allowed"/>.</summary>
    Choice,
    /// <summary>An action label of the actor's action set.</summary>
    Action,
}

/// <summary>One option a learning rule accepts, with its default and valid range, for validation and docs.</summary>
public sealed record LearningOption(
    string Name,
    OptionKind Kind,
    string Default,
    string Description,
    double Min = double.NegativeInfinity,
    double Max = double.PositiveInfinity,
    IReadOnlyList<string>? Allowed = null);
