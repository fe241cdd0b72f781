using System.Collections.Immutable;

namespace HedgeAgents.Core.Collections;

/// <summary>Builds <see cref="ValueMap{TKey, TValue}"/> values.</summary>
public static class ValueMap
{
    /// <summary>A map of <paramref name="pairs"/> sorted by key (a repeated key is an error).</summary>
    public static ValueMap<TKey, TValue> Create<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>> pairs) where TKey : notnull =>
        new(ImmutableSortedDictionary.CreateRange(pairs));

    /// <summary>A map of <paramref name="source"/>'s items sorted by key (a repeated key is an error).</summary>
    public static ValueMap<TKey, TValue> ToValueMap<TSource, TKey, TValue>(
        this IEnumerable<TSource> source, Func<TSource, TKey> key, Func<TSource, TValue> value) where TKey : notnull =>
        new(source.ToImmutableSortedDictionary(key, value));
}
