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
