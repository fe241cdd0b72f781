using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace HedgeAgents.Core.Collections;

/// <summary>An immutable array that compares by value: two arrays are equal when they hold equal items in the same
/// order. The one collection type of records (a record's compiler-written equality compares
/// <see cref="ImmutableArray{T}"/> by reference, so two equal records built separately would differ).</summary>
/// <remarks>A struct around <see cref="ImmutableArray{T}"/>: indexing, <see cref="Length"/>, <see cref="AsSpan"/> and
/// <c>foreach</c> neither box nor allocate, so the engine may read it in its inner loop. <c>default</c> is the empty
/// array. Items compare with <see cref="EqualityComparer{T}.Default"/>, as a record compares its members.
/// There is no implicit conversion to <see cref="ReadOnlySpan{T}"/> (call <see cref="AsSpan"/>): with one, every call of
/// an API overloaded on <c>IEnumerable&lt;T&gt;</c> and <c>params ReadOnlySpan&lt;T&gt;</c>, such as
/// <see cref="string.Join(string?, IEnumerable{string?})"/>, would be ambiguous.</remarks>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Wraps <paramref name="items"/> (a default array is taken as empty).</summary>
    public ValueArray(ImmutableArray<T> items) => this.items = items.IsDefault ? [] : items;

    /// <summary>The empty array.</summary>
    public static ValueArray<T> Empty => default;

    /// <summary>The items as an <see cref="ImmutableArray{T}"/> (never default).</summary>
    public ImmutableArray<T> Items => items.IsDefault ? [] : items;

    /// <summary>The number of items.</summary>
    public int Length => items.IsDefault ? 0 : items.Length;

    /// <summary>Whether there are no items.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => Items[index];

    int IReadOnlyCollection<T>.Count => Length;

    /// <summary>The items as a span (no copy).</summary>
    public ReadOnlySpan<T> AsSpan() => Items.AsSpan();

    /// <summary>A copy with <paramref name="item"/> appended.</summary>
    public ValueArray<T> Add(T item) => new(Items.Add(item));

    /// <summary>A copy with <paramref name="more"/> appended.</summary>
    public ValueArray<T> AddRange(IEnumerable<T> more) => new(Items.AddRange(more));

    /// <summary>A copy with <paramref name="item"/> inserted at <paramref name="index"/>.</summary>
    public ValueArray<T> Insert(int index, T item) => new(Items.Insert(index, item));

    /// <summary>A copy with the item at <paramref name="index"/> replaced.</summary>
    public ValueArray<T> SetItem(int index, T item) => new(Items.SetItem(index, item));

    /// <summary>A copy with the item at <paramref name="index"/> removed.</summary>
    public ValueArray<T> RemoveAt(int index) => new(Items.RemoveAt(index));

    /// <summary>The index of the first item equal to <paramref name="item"/>, or -1.</summary>
    public int IndexOf(T item) => Items.IndexOf(item);

    /// <summary>Whether an item equals <paramref name="item"/>.</summary>
    public bool Contains(T item) => Items.Contains(item);

    /// <summary>An enumerator that neither boxes nor allocates.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueArray<T> other)
    {
        var a = AsSpan();
        var b = other.AsSpan();
        if (a.Length != b.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
            if (!comparer.Equals(a[i], b[i])) return false;
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Length);
        foreach (var item in AsSpan()) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>The items, comma-separated in brackets.</summary>
    public override string ToString() => $"[{string.Join(", ", Items)}]";

    /// <summary>Whether two arrays hold equal items in the same order.</summary>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Whether two arrays differ in length or in an item.</summary>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an <see cref="ImmutableArray{T}"/> (no copy).</summary>
    public static implicit operator ValueArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>The wrapped <see cref="ImmutableArray{T}"/> (no copy).</summary>
    public static implicit operator ImmutableArray<T>(ValueArray<T> array) => array.Items;
}
