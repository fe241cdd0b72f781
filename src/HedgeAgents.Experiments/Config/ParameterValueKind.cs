namespace HedgeAgents.Experiments.Config;

/// <summary>What a <see cref="ParameterValue"/> holds.</summary>
public enum ParameterValueKind
{
    /// <summary>A real number.</summary>
    Number,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,
    /// <summary>A word or text.</summary>
    Text,
    /// <summary>A list of words (actor ids).</summary>
    List,
}
