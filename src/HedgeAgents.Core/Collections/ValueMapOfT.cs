using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace HedgeAgents.Core.Collections;

/// <summary>An immutable map sorted by key that compares by value: two maps are equal when they hold the same keys with
/// equal values. The one map type of records (a record's compiler-written equality compares
/// <see cref="ImmutableSortedDictionary{TKey, TValue}"/> by reference).</summary>
/// <remarks>A struct around <see cref="ImmutableSortedDictionary{TKey, TValue}"/>; <c>default</c> is the empty map.
/// Values compare with <see cref="EqualityComparer{T}.Default"/>, as a record compares its members; keys with the
/// map's key comparer. Equality and <c>foreach</c> do not allocate.</remarks>
public readonly struct ValueMap<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<ValueMap<TKey, TValue>>
    where TKey : notnull
{
    private readonly ImmutableSortedDictionary<TKey, TValue>? items;

    /// <summary>Wraps <paramref name="items"/>.</summary>
    public ValueMap(ImmutableSortedDictionary<TKey, TValue> items) => this.items = items;

    /// <summary>The empty map.</summary>
    public static ValueMap<TKey, TValue> Empty => default;

    /// <summary>The items as an <see cref="ImmutableSortedDictionary{TKey, TValue}"/>.</summary>
    public ImmutableSortedDictionary<TKey, TValue> Items => items ?? ImmutableSortedDictionary<TKey, TValue>.Empty;

    /// <summary>The number of keys.</summary>
    public int Count => items?.Count ?? 0;

    /// <summary>Whether there are no keys.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The value of <paramref name="key"/> (a missing key is an error).</summary>
    public TValue this[TKey key] => Items[key];

    /// <summary>The keys in order.</summary>
    public IEnumerable<TKey> Keys => Items.Keys;

    /// <summary>The values in key order.</summary>
    public IEnumerable<TValue> Values => Items.Values;

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    public bool ContainsKey(TKey key) => items is not null && items.ContainsKey(key);

    /// <summary>The value of <paramref name="key"/>, if present.</summary>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (items is not null) return items.TryGetValue(key, out value);
        value = default;
        return false;
    }

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public ValueMap<TKey, TValue> SetItem(TKey key, TValue value) => new(Items.SetItem(key, value));

    /// <summary>A copy with <paramref name="key"/> added (a present key is an error).</summary>
    public ValueMap<TKey, TValue> Add(TKey key, TValue value) => new(Items.Add(key, value));

    /// <summary>A copy without <paramref name="key"/>.</summary>
    public ValueMap<TKey, TValue> Remove(TKey key) => new(Items.Remove(key));

    /// <summary>An enumerator in key order.</summary>
    public ImmutableSortedDictionary<TKey, TValue>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() =>
        ((IEnumerable<KeyValuePair<TKey, TValue>>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueMap<TKey, TValue> other)
    {
        if (ReferenceEquals(items, other.items)) return true;
        if (Count != other.Count) return false;
        var comparer = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in Items)
            if (!other.TryGetValue(key, out var v) || !comparer.Equals(value, v)) return false;
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueMap<TKey, TValue> other && Equals(other);

    /// <inheritdoc />
    /// <remarks>Keys are sorted, so equal maps with the same key comparer meet the items in the same order.</remarks>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Count);
        foreach (var (key, value) in Items)
        {
            hash.Add(key);
            hash.Add(value);
        }
        return hash.ToHashCode();
    }

    /// <summary>The items as <c>{key: value, …}</c>.</summary>
    public override string ToString() => $"{{{string.Join(", ", Items.Select(kv => $"{kv.Key}: {kv.Value}"))}}}";

    /// <summary>Whether two maps hold the same keys with equal values.</summary>
    public static bool operator ==(ValueMap<TKey, TValue> left, ValueMap<TKey, TValue> right) => left.Equals(right);

    /// <summary>Whether two maps differ in a key or a value.</summary>
    public static bool operator !=(ValueMap<TKey, TValue> left, ValueMap<TKey, TValue> right) => !left.Equals(right);

    /// <summary>Wraps an <see cref="ImmutableSortedDictionary{TKey, TValue}"/> (no copy).</summary>
    public static implicit operator ValueMap<TKey, TValue>(ImmutableSortedDictionary<TKey, TValue> items) => new(items);

    /// <summary>The wrapped <see cref="ImmutableSortedDictionary{TKey, TValue}"/> (no copy).</summary>
    public static implicit operator ImmutableSortedDictionary<TKey, TValue>(ValueMap<TKey, TValue> map) => map.Items;
}
