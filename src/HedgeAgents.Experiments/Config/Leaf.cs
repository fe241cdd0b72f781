using System.Collections.Immutable;

namespace HedgeAgents.Experiments.Config;

/// <summary>One scalar parameter of a record: its key, type, range, default and how to read and replace it.</summary>
/// <remarks>Every consumer — the YAML reader, <see cref="ParameterPaths"/>, the validator and the reference
/// docs — goes through these tables, so a key cannot be readable in a file but not settable by a path.</remarks>
/// <typeparam name="T">The record that holds the parameter.</typeparam>
internal sealed record Leaf<T>(
    string Key,
    LeafKind Kind,
    Bounds Range,
    string Default,
    string Doc,
    Func<T, ParameterValue> Get,
    Func<T, ParameterValue, T> Set)
{
    /// <summary>Allowed words of a <see cref="LeafKind.Choice"/>.</summary>
    public HedgeAgents.Core.Collections.ValueArray<string> Allowed { get; init; } = [];

    /// <summary>The unit of the value where it has one (<c>Mt/yr</c>, <c>rounds</c>, <c>share</c>, <c>probability/round</c>); empty for
    /// pure numbers, factors and words. Shown by <c>describe --explain</c>, the schema's hover text and the reference.</summary>
    public string Unit { get; init; } = "";

    /// <summary>Whether a file must give the key (no default).</summary>
    public bool Required { get; init; }

    /// <summary>Whether the validator checks <see cref="Range"/> (numbers only).</summary>
    public bool IsNumeric => Kind is LeafKind.Number or LeafKind.Integer;

    /// <summary>The value with the representation this parameter wants, or an error message.</summary>
    public bool TryCoerce(ParameterValue value, out ParameterValue typed, out string error) =>
        LeafCoercion.TryCoerce(Kind, Allowed, value, out typed, out error);
}
