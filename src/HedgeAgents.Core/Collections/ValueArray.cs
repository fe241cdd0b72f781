using System.Collections.Immutable;

namespace HedgeAgents.Core.Collections;

/// <summary>Builds <see cref="ValueArray{T}"/> values; the collection-expression builder.</summary>
public static class ValueArray
{
    /// <summary>An array holding a copy of <paramref name="items"/>.</summary>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>An array holding <paramref name="items"/> in order.</summary>
    public static ValueArray<T> ToValueArray<T>(this IEnumerable<T> items) => new([.. items]);
}
