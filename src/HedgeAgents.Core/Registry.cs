using System.Collections.Immutable;

namespace HedgeAgents.Core;

/// <summary>Named entries found by name: the one place where learning rules (and, later, sweep designs) are looked up.</summary>
/// <typeparam name="T">The entry type.</typeparam>
public sealed class Registry<T> where T : class
{
    private readonly ImmutableSortedDictionary<string, T> _entries;

    /// <summary>Builds a registry from named entries; names must be unique.</summary>
    public Registry(IEnumerable<(string Name, T Entry)> entries)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
        foreach (var (name, entry) in entries)
        {
            if (!builder.TryAdd(name, entry)) throw new ArgumentException($"duplicate registry name '{name}'");
        }
        _entries = builder.ToImmutable();
    }

    /// <summary>All names in order.</summary>
    public IEnumerable<string> Names => _entries.Keys;

    /// <summary>All entries in name order.</summary>
    public IEnumerable<T> Entries => _entries.Values;

    /// <summary>Looks up an entry.</summary>
    public bool TryGet(string name, out T entry)
    {
        if (_entries.TryGetValue(name, out var found))
        {
            entry = found;
            return true;
        }
        entry = null!;
        return false;
    }

    /// <summary>Looks up an entry or throws with the valid names.</summary>
    public T Get(string name) => TryGet(name, out var entry)
        ? entry
        : throw new KeyNotFoundException($"unknown name '{name}'; valid: {string.Join(", ", Names)}");
}
