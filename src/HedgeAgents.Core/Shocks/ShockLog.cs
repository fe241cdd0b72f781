namespace HedgeAgents.Core.Shocks;

/// <summary>The shocks that fired this round, in a preallocated buffer that grows only when first too small.</summary>
public sealed class ShockLog
{
    private FiredShock[] _items = new FiredShock[64];

    /// <summary>Number of fired shocks this round.</summary>
    public int Count { get; private set; }

    /// <summary>The fired shocks.</summary>
    public ReadOnlySpan<FiredShock> Items => _items.AsSpan(0, Count);

    /// <summary>Empties the log for a new round.</summary>
    public void Clear() => Count = 0;

    /// <summary>Records a fired shock.</summary>
    public void Add(ShockKind kind, int actor, int source, int route)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = new FiredShock(kind, actor, source, route);
    }
}
