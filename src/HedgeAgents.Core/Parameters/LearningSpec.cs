using System.Globalization;
using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Parameters;

/// <summary>A learning rule by registry name with its options (numbers and words, kept as invariant text).</summary>
public sealed record LearningSpec(string Rule, ValueMap<string, string> Options)
{
    /// <summary>The default rule: best response with no options set.</summary>
    public static LearningSpec Default { get; } = new(Learning.Rules.BestResponseRule.RuleName, ValueMap<string, string>.Empty);

    /// <summary>A numeric option, or <paramref name="fallback"/> when absent.</summary>
    public double Number(string key, double fallback) =>
        Options.TryGetValue(key, out var text) ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : fallback;

    /// <summary>A text option, or <paramref name="fallback"/> when absent.</summary>
    public string Text(string key, string fallback) => Options.TryGetValue(key, out var text) ? text : fallback;

    /// <summary>A copy with one option set.</summary>
    public LearningSpec With(string key, string value) => this with { Options = Options.SetItem(key, value) };
}
