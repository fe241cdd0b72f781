namespace HedgeAgents.Core.Learning;

/// <summary>One option a learning rule accepts, with its default and valid range, for validation and docs.</summary>
/// <remarks>An option is declared once, as a static field of its rule (a <see cref="NumberOption"/>,
/// <see cref="ChoiceOption{T}"/> or <see cref="ActionOption"/>); the rule reads it with
/// <c>spec.Get(Option)</c> (<see cref="LearningOptionReading"/>), and the registry's option list, the schema, the docs and the
/// validator read the same field, so a default is never written twice.</remarks>
public abstract class LearningOption
{
    private protected LearningOption(string name, OptionKind kind, string defaultText, string description,
        double min = double.NegativeInfinity, double max = double.PositiveInfinity, IReadOnlyList<string>? allowed = null)
    {
        Name = name;
        Kind = kind;
        Default = defaultText;
        Description = description;
        Min = min;
        Max = max;
        Allowed = allowed;
    }

    /// <summary>The key in experiment files.</summary>
    public string Name { get; }

    /// <summary>How the value is written.</summary>
    public OptionKind Kind { get; }

    /// <summary>The default as shown in docs and the schema, formatted from the typed default.</summary>
    public string Default { get; }

    /// <summary>One line for docs.</summary>
    public string Description { get; }

    /// <summary>Smallest valid number (numbers only).</summary>
    public double Min { get; }

    /// <summary>Largest valid number (numbers only).</summary>
    public double Max { get; }

    /// <summary>The words allowed (choices only).</summary>
    public IReadOnlyList<string>? Allowed { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} = {Default}";
}
