using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary>A map section whose leaves are fixed (<c>strategies</c>, <c>insurance</c>, <c>shocks</c>): nested maps of the
/// dotted keys of its leaves in <see cref="ParameterSchema.FixedFor"/>; paths are those keys.</summary>
/// <param name="key">The section's key.</param>
/// <param name="referenceIntro">Its introduction on the reference page.</param>
/// <param name="schemaDescription">What the schema says of it, given the shock kinds.</param>
/// <param name="takesShockKinds">Whether the shock kinds' settings (and their <c>by</c> maps) live in it.</param>
internal sealed class FixedSection(string key, string referenceIntro, Func<ShockCatalog, string> schemaDescription, bool takesShockKinds = false)
    : ConfigSection
{
    /// <inheritdoc />
    public override string Key => key;

    /// <inheritdoc />
    public override string ReferenceIntro => referenceIntro;

    /// <summary>Whether the shock kinds' settings and <c>by</c> maps live in this section.</summary>
    public bool TakesShockKinds => takesShockKinds;

    /// <summary>What the schema says of the section.</summary>
    public string SchemaDescription(ShockCatalog shocks) => schemaDescription(shocks);

    /// <summary>The section's leaves for these shock kinds, in config order.</summary>
    public IEnumerable<Leaf<ModelParameters>> Leaves(ShockCatalog shocks) =>
        ParameterSchema.FixedFor(shocks).Where(l => l.Key.StartsWith(Key + ".", StringComparison.Ordinal));

    /// <summary>Every path of the section with its value: the section's own leaves, then per shock kind its leaves and <c>by</c> entries.</summary>
    public IEnumerable<ParameterExplanation> Explain(ModelParameters parameters)
    {
        var catalog = parameters.Shocks.Catalog;
        var kinds = TakesShockKinds ? catalog.Names : ImmutableArray<string>.Empty;
        var leaves = Leaves(catalog).ToList();
        foreach (var leaf in leaves.Where(l => !kinds.Any(k => l.Key.StartsWith($"{Key}.{k}.", StringComparison.Ordinal))))
            yield return ParameterPaths.Of(leaf, leaf.Key, parameters);
        foreach (var kind in kinds)
        {
            foreach (var leaf in leaves.Where(l => l.Key.StartsWith($"{Key}.{kind}.", StringComparison.Ordinal)))
                yield return ParameterPaths.Of(leaf, leaf.Key, parameters);
            foreach (var (id, x) in ShockBy.Get(parameters.Shocks, kind))
                yield return new($"{Key}.{kind}.by.{id}", ValueText.Format(x), "×", Bounds.NonNegative.ToString(),
                    $"multiplier on the {kind} hazard from this actor");
        }
    }
}
