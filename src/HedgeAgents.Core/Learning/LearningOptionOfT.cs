using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Learning;

/// <summary>An option whose value the rule reads as a <typeparamref name="T"/>, with its typed default.</summary>
public abstract class LearningOption<T> : LearningOption
{
    private protected LearningOption(string name, OptionKind kind, T defaultValue, string defaultText, string description,
        double min = double.NegativeInfinity, double max = double.PositiveInfinity, IReadOnlyList<string>? allowed = null)
        : base(name, kind, defaultText, description, min, max, allowed) =>
        DefaultValue = defaultValue;

    /// <summary>The value in force when the option is not given.</summary>
    public T DefaultValue { get; }

    /// <summary>The value of the option in a spec, or <paramref name="fallback"/> when it is not given.</summary>
    public T Read(LearningSpec spec, T fallback) => spec.Options.TryGetValue(Name, out var text) ? Parse(text) : fallback;

    /// <summary>The value a given (already validated) text stands for.</summary>
    protected abstract T Parse(string text);
}
