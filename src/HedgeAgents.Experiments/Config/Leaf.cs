using System.Collections.Immutable;

namespace HedgeAgents.Experiments.Config;

/// <summary>What kind of value a parameter takes; decides how a <see cref="ParameterValue"/> is accepted.</summary>
internal enum LeafKind
{
    Number,
    Integer,
    Seed,
    Bool,
    Text,
    Choice,
    Id,
    OptionalId,
    IdList,
}

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

/// <summary>Accepts or rejects a value for a kind of parameter, with a message a student can act on.</summary>
internal static class LeafCoercion
{
    /// <summary>Words that mean "no actor" for an optional id.</summary>
    public static bool IsNone(string text) => text.Trim() is "" or "~" or "null" or "none";

    /// <summary>Coerces or explains why not.</summary>
    public static bool TryCoerce(LeafKind kind, ImmutableArray<string> allowed, ParameterValue value, out ParameterValue typed, out string error)
    {
        typed = value;
        error = "";
        switch (kind)
        {
            case LeafKind.Number:
                if (value.Kind == ParameterValueKind.Number) return true;
                error = $"expected a number, got {Show(value)}";
                return false;
            case LeafKind.Integer:
                if (value.Kind == ParameterValueKind.Number && value.Number == Math.Floor(value.Number)
                    && Math.Abs(value.Number) <= int.MaxValue) return true;
                error = $"expected a whole number, got {Show(value)}";
                return false;
            case LeafKind.Seed:
                if (value.Kind == ParameterValueKind.Number && ulong.TryParse(value.Text, System.Globalization.NumberStyles.None,
                        System.Globalization.CultureInfo.InvariantCulture, out var seed))
                {
                    typed = ParameterValue.Of(seed);
                    return true;
                }
                error = $"expected a non-negative whole number (64-bit), got {Show(value)}";
                return false;
            case LeafKind.Bool:
                if (value.Kind == ParameterValueKind.Bool) return true;
                error = $"expected true or false, got {Show(value)}";
                return false;
            case LeafKind.Choice:
                var word = allowed.FirstOrDefault(a => string.Equals(a, value.Text.Trim(), StringComparison.OrdinalIgnoreCase));
                if (value.Kind != ParameterValueKind.List && word is not null)
                {
                    typed = ParameterValue.Of(word);
                    return true;
                }
                error = KeySuggestions.Unknown("value", value.Text, allowed);
                return false;
            case LeafKind.IdList:
                if (value.Kind == ParameterValueKind.List) return true;
                // A single word is a list of one, as YAML users write `imposed: RUS`.
                typed = ParameterValue.Of(value.Text.Trim().Length == 0 ? [] : [value.Text.Trim()]);
                return true;
            default:
                if (value.Kind != ParameterValueKind.List)
                {
                    typed = ParameterValue.Of(value.Text.Trim());
                    return true;
                }
                error = $"expected a single value, got the list {value.Text}";
                return false;
        }
    }

    /// <summary>How a value is quoted in messages.</summary>
    public static string Show(ParameterValue value) => value.Kind switch
    {
        ParameterValueKind.Text => $"'{value.Text}'",
        ParameterValueKind.List => $"the list {value.Text}",
        _ => value.Text,
    };

    /// <summary>Words for a kind, in the reference docs.</summary>
    public static string Describe(LeafKind kind) => kind switch
    {
        LeafKind.Number => "number",
        LeafKind.Integer => "integer",
        LeafKind.Seed => "integer (64-bit, >= 0)",
        LeafKind.Bool => "true/false",
        LeafKind.Text => "text",
        LeafKind.Choice => "word",
        LeafKind.Id => "actor id",
        LeafKind.OptionalId => "actor id or null",
        _ => "list of actor ids",
    };
}
