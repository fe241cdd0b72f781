using System.Collections.Immutable;

namespace HedgeAgents.Core.Shocks;

/// <summary>The shock kinds a model knows: the four built-ins in their historical order (sanctions, disruption,
/// coercion, abandonment), then any declared kinds. A value, passed to the loader and carried by the parameters,
/// never a mutable static.</summary>
public sealed class ShockCatalog
{
    /// <summary>At most this many kinds (the payoff keeps one loss per kind in a fixed buffer).</summary>
    public const int MaxKinds = 8;

    /// <summary>The built-in kinds only.</summary>
    public static ShockCatalog BuiltIn { get; } = new([]);

    /// <summary>The built-ins followed by <paramref name="declared"/>.</summary>
    public ShockCatalog(IEnumerable<ShockKind> declared)
    {
        Kinds = [ShockKind.Sanctions, ShockKind.Disruption, ShockKind.Coercion, ShockKind.Abandonment, .. declared];
        if (Kinds.Length > MaxKinds) throw new ArgumentException($"at most {MaxKinds} shock kinds", nameof(declared));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var k in Kinds)
            if (!names.Add(k.Name)) throw new ArgumentException($"shock kind '{k.Name}' declared twice", nameof(declared));
    }

    /// <summary>Number of built-in kinds (their slots are 0 to 3, whatever else is declared).</summary>
    public const int BuiltInCount = 4;

    /// <summary>Every kind, in slot order: config, column and figure order.</summary>
    public ImmutableArray<ShockKind> Kinds { get; }

    /// <summary>The kind's slot (its index in <see cref="Kinds"/>), or −1.</summary>
    public int Slot(ShockKind kind) => Kinds.IndexOf(kind);

    /// <summary>The kind with this name, or null.</summary>
    public ShockKind? Find(string name)
    {
        foreach (var k in Kinds)
            if (k.Name == name) return k;
        return null;
    }

    /// <summary>The names, in slot order.</summary>
    public IEnumerable<string> Names => Kinds.Select(k => k.Name);
}
