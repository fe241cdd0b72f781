namespace HedgeAgents.Core.Learning;

/// <summary>An option naming an action label of the actor's action set; the rule resolves the label.</summary>
public sealed class ActionOption(string name, string defaultLabel, string description)
    : LearningOption<string>(name, OptionKind.Action, defaultLabel, defaultLabel, description)
{
    /// <inheritdoc />
    protected override string Parse(string text) => text;
}
