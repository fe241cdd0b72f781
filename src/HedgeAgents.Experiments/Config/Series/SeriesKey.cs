using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Config.Series;

/// <summary>One key of a <c>series:</c> entry: its name, whether it must be given, its default as written in a file,
/// its kind for the schema, the words it allows and its meaning for the reference page.</summary>
/// <param name="Kind">The value's shape: <c>text</c>, <c>word</c>, <c>number</c> or <c>map</c>.</param>
public sealed record SeriesKey(string Name, bool Required, string? Default, string Kind, ValueArray<string> Words, string Doc);
