using System.Runtime.CompilerServices;

namespace HedgeAgents.Core.Shocks;

/// <summary>One loss per shock kind, by slot, in a fixed inline buffer (nothing allocated per round).</summary>
[InlineArray(ShockCatalog.MaxKinds)]
public struct ShockLosses : IEquatable<ShockLosses>
{
    private double _first;

    /// <summary>The sum over kinds, in slot order.</summary>
    public readonly double Sum()
    {
        var s = 0.0;
        foreach (var x in this) s += x;
        return s;
    }

    /// <inheritdoc />
    public readonly bool Equals(ShockLosses other)
    {
        for (var i = 0; i < ShockCatalog.MaxKinds; i++)
            if (!this[i].Equals(other[i])) return false;
        return true;
    }

    /// <inheritdoc />
    public override readonly bool Equals(object? obj) => obj is ShockLosses other && Equals(other);

    /// <inheritdoc />
    public override readonly int GetHashCode()
    {
        var h = new HashCode();
        foreach (var x in this) h.Add(x);
        return h.ToHashCode();
    }
}
