using System.Collections.Immutable;
using System.Globalization;

namespace HedgeAgents.Core.Parameters;

/// <summary>A learning rule by registry name with its options (numbers and words, kept as invariant text).</summary>
public sealed record LearningSpec(string Rule, ImmutableSortedDictionary<string, string> Options)
{
    /// <summary>The default rule: best response with no options set.</summary>
    public static LearningSpec Default { get; } = new(Learning.Rules.BestResponseRule.RuleName, ImmutableSortedDictionary<string, string>.Empty);

    /// <summary>A numeric option, or <paramref name="fallback"/> when absent.</summary>
    public double Number(string key, double fallback) =>
        Options.TryGetValue(key, out var text) ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : fallback;

    /// <summary>A text option, or <paramref name="fallback"/> when absent.</summary>
    public string Text(string key, string fallback) => Options.TryGetValue(key, out var text) ? text : fallback;

    /// <summary>A copy with one option set.</summary>
    public LearningSpec With(string key, string value) => this with { Options = Options.SetItem(key, value) };

    /// <inheritdoc />
    /// <remarks>Compared at every event for every actor, so it must not allocate: no LINQ over the options.</remarks>
    public bool Equals(LearningSpec? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || Rule != other.Rule || Options.Count != other.Options.Count) return false;
        foreach (var (key, value) in Options)
            if (!other.Options.TryGetValue(key, out var v) || v != value) return false;
        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, Options.Count);
}
