using System.Collections.Immutable;

namespace HedgeAgents.Experiments.Config;

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
