using System.Collections.Immutable;

namespace HedgeAgents.Experiments.Config;

/// <summary>The value of a parameter assignment: a number, a bool, a text or a list of texts.</summary>
/// <remarks>Values carry no parameter type: the path they are assigned to decides whether a number or a word is
/// wanted, so <c>name: 2022</c> is a fine name and <c>power: two</c> a type error reported with its position.</remarks>
public sealed class ParameterValue : IEquatable<ParameterValue>
{
    private ParameterValue(ParameterValueKind kind, double number, bool flag, string text, ImmutableArray<string> items)
    {
        Kind = kind;
        Number = number;
        Bool = flag;
        Text = text;
        Items = items;
    }

    /// <summary>What the value holds.</summary>
    public ParameterValueKind Kind { get; }

    /// <summary>The number (0 unless <see cref="Kind"/> is Number).</summary>
    public double Number { get; }

    /// <summary>The bool (false unless <see cref="Kind"/> is Bool).</summary>
    public bool Bool { get; }

    /// <summary>The text as written: for numbers the digits (exact for 64-bit seeds), for lists the flow form.</summary>
    public string Text { get; }

    /// <summary>The items of a list (empty otherwise).</summary>
    public ImmutableArray<string> Items { get; }

    /// <summary>A number.</summary>
    public static ParameterValue Of(double number) =>
        new(ParameterValueKind.Number, number, false, ValueText.Format(number), []);

    /// <summary>A whole number written exactly (a seed may exceed double precision).</summary>
    public static ParameterValue Of(ulong number) =>
        new(ParameterValueKind.Number, number, false, number.ToString(System.Globalization.CultureInfo.InvariantCulture), []);

    /// <summary>A bool.</summary>
    public static ParameterValue Of(bool flag) => new(ParameterValueKind.Bool, 0, flag, ValueText.Format(flag), []);

    /// <summary>A text.</summary>
    public static ParameterValue Of(string text) => new(ParameterValueKind.Text, 0, false, text, []);

    /// <summary>A list of texts.</summary>
    public static ParameterValue Of(IEnumerable<string> items)
    {
        var list = items.ToImmutableArray();
        return new(ParameterValueKind.List, 0, false, ValueText.FormatList(list), list);
    }

    /// <summary>Reads a scalar as YAML's core schema would: a plain number or bool, otherwise text.</summary>
    /// <param name="text">The scalar's text.</param>
    /// <param name="plain">False for quoted scalars, which are always text.</param>
    public static ParameterValue FromScalar(string text, bool plain)
    {
        if (plain && ValueText.TryParseNumber(text, out var number))
            return new(ParameterValueKind.Number, number, false, text.Trim(), []);
        if (plain && ValueText.TryParseBool(text, out var flag)) return Of(flag);
        return Of(text);
    }

    /// <summary>Reads the value side of <c>--set path=value</c>: a number, <c>true</c>/<c>false</c>, a word,
    /// or a flow list <c>[RUS, EUR]</c>; surrounding quotes make it text.</summary>
    public static ParameterValue Parse(string text)
    {
        var t = text.Trim();
        if (t.StartsWith('[') && t.EndsWith(']'))
        {
            var inner = t[1..^1].Trim();
            return Of(inner.Length == 0 ? [] : inner.Split(',').Select(ValueText.Unquote));
        }
        var quoted = t.Length >= 2 && (t[0] == '"' || t[0] == '\'') && t[^1] == t[0];
        return FromScalar(quoted ? t[1..^1] : t, !quoted);
    }

    /// <summary>The value as written by describe: numbers shortest round-trip, bools lower case, lists in brackets.</summary>
    public override string ToString() => Text;

    /// <inheritdoc />
    public bool Equals(ParameterValue? other) =>
        other is not null && Kind == other.Kind && Kind switch
        {
            ParameterValueKind.Number => Number.Equals(other.Number),
            ParameterValueKind.Bool => Bool == other.Bool,
            ParameterValueKind.Text => Text == other.Text,
            _ => Items.SequenceEqual(other.Items),
        };

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParameterValue);

    /// <inheritdoc />
    public override int GetHashCode() => Kind switch
    {
        ParameterValueKind.Number => HashCode.Combine(Kind, Number),
        ParameterValueKind.Bool => HashCode.Combine(Kind, Bool),
        ParameterValueKind.Text => HashCode.Combine(Kind, Text),
        _ => HashCode.Combine(Kind, Items.Length),
    };
}
