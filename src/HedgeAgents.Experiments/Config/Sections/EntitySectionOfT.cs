using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HedgeAgents.Core.Parameters;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary>A list section whose entries are <typeparamref name="T"/>: its leaf table, how an entry is named, created
/// and stored in <see cref="ModelParameters"/>, and its words for the schema and the reference. Reading, paths,
/// explanations, schema and reference are derived here from these declarations.</summary>
/// <typeparam name="T">The record of one entry.</typeparam>
internal abstract class EntitySection<T> : EntitySection
{
    /// <summary>The scalar parameters of an entry, in config order.</summary>
    public abstract ImmutableArray<Leaf<T>> Leaves { get; }

    /// <summary>The identity of an entry.</summary>
    public abstract IReadOnlyList<string> IdsOf(T entry);

    /// <summary>An entry with this identity and every default.</summary>
    public abstract T Create(IReadOnlyList<string> ids);

    /// <summary>The entries of a parameter set.</summary>
    public abstract IEnumerable<T> Entries(ModelParameters parameters);

    /// <summary>A copy with one entry added at the end.</summary>
    public abstract ModelParameters Add(ModelParameters parameters, T entry);

    /// <summary>A copy with the entry at <paramref name="index"/> replaced.</summary>
    public abstract ModelParameters Replace(ModelParameters parameters, int index, T entry);

    /// <summary>What the schema says of the section.</summary>
    public abstract string SchemaDescription { get; }

    /// <summary>The identity keys (and other required keys read separately) with their schemas; all required.</summary>
    public abstract IEnumerable<(string Key, JsonObject Schema)> IdentitySchema();

    /// <summary>The reference rows of the keys of <see cref="IdentitySchema"/>: key and meaning.</summary>
    public abstract IEnumerable<(string Key, string Doc)> IdentityReference { get; }

    /// <summary>Keys of a file's entry read by <see cref="ReadExtra"/> or <see cref="AfterRead"/>, besides the identity.</summary>
    protected virtual ImmutableArray<string> ExtraKeys => [];

    /// <summary>Keys besides the leaves that a path may name (in the message for an unknown key).</summary>
    protected virtual string[] ExtraPathKeys => [];

    /// <summary>Hook: reads keys of the entry that are not leaves, before the leaves.</summary>
    protected virtual T ReadExtra(ExperimentReader reader, YamlMappingNode item, string prefix, T entry) => entry;

    /// <summary>Hook: reads keys of the entry that are not leaves, after the leaves.</summary>
    protected virtual T AfterRead(ExperimentReader reader, YamlMappingNode item, string prefix, T entry) => entry;

    /// <summary>Hook: whether a read entry is kept.</summary>
    protected virtual bool Keep(YamlMappingNode item) => true;

    /// <summary>The checks of one entry before its ranges: a valid identity, cross-references, and where the section
    /// wants it <see cref="CheckDuplicate"/>; <paramref name="earlier"/> are the entries before it.</summary>
    protected abstract void Check(T entry, string prefix, IReadOnlyList<T> earlier, ValidationScope scope);

    /// <summary>Hook: checks of one entry after its ranges.</summary>
    protected virtual void CheckAfter(ModelParameters parameters, T entry, string prefix, ValidationScope scope) { }

    /// <summary>Hook: checks of the section as a whole, after its entries.</summary>
    protected virtual void CheckSection(ModelParameters parameters, ValidationScope scope) { }

    /// <summary>Adds the problem of an entry named like an earlier one, worded as the reader words it; whether it is one.</summary>
    protected bool CheckDuplicate(T entry, string prefix, IReadOnlyList<T> earlier, ValidationScope scope)
    {
        var ids = IdsOf(entry);
        if (!earlier.Any(e => Identity.Same(IdsOf(e), ids))) return false;
        scope.Add(Identity.DuplicatePath(prefix), Identity.DuplicateMessage(Noun, ids));
        return true;
    }

    /// <summary>Hook: paths of an entry besides its leaves.</summary>
    protected virtual IEnumerable<ParameterExplanation> ExplainExtra(T entry, string prefix) => [];

    /// <summary>Hook: schema properties after the leaves.</summary>
    protected virtual IEnumerable<(string Key, JsonObject Schema)> SchemaExtra() => [];

    /// <summary>Hook: if/then conditions of the schema.</summary>
    protected virtual IEnumerable<(JsonObject If, JsonObject Then)> SchemaConditions() => [];

    /// <summary>Hook: path patterns after the leaves'.</summary>
    protected virtual void AddExtraPathPatterns(JsonObject patterns, string prefixRegex) { }

    /// <summary>Hook: reference rows after the leaves'.</summary>
    protected virtual IEnumerable<string> ReferenceExtra() => [];

    /// <summary>Hook: reference text after the section's table.</summary>
    protected virtual void ReferenceAfter(StringBuilder md) { }

    /// <summary>The path prefix of an entry, <c>relations.KAZ.RUS</c>.</summary>
    public string Prefix(IReadOnlyList<string> ids) => Key + "." + string.Join('.', ids);

    /// <inheritdoc />
    public override IEnumerable<IReadOnlyList<string>> Ids(ModelParameters parameters) => Entries(parameters).Select(IdsOf);

    /// <inheritdoc />
    public override void Read(ExperimentReader reader, YamlMappingNode item, string where)
    {
        if (Identity.Read(reader, item, where, Key) is not { } ids) return;
        var prefix = Prefix(ids);
        if (Entries(reader.Parameters).Any(e => Identity.Same(IdsOf(e), ids)))
        {
            Identity.Duplicate(reader, item, prefix, Noun, ids);
            return;
        }
        var entry = ReadExtra(reader, item, prefix, Create(ids));
        Identity.Record(reader, item, prefix);
        entry = reader.ReadEntity(item, prefix, entry, Leaves, [.. Identity.Keys, .. ExtraKeys]);
        entry = AfterRead(reader, item, prefix, entry);
        if (Keep(item)) reader.Parameters = Add(reader.Parameters, entry);
    }

    /// <inheritdoc />
    public override IEnumerable<ParameterExplanation> Explain(ModelParameters parameters)
    {
        foreach (var entry in Entries(parameters))
        {
            var prefix = Prefix(IdsOf(entry));
            foreach (var leaf in Leaves) yield return ParameterPaths.Of(leaf, $"{prefix}.{leaf.Key}", entry);
            foreach (var line in ExplainExtra(entry, prefix)) yield return line;
        }
    }

    /// <inheritdoc />
    public override ModelParameters Apply(ModelParameters parameters, string[] s, ParameterValue value, string path)
    {
        var n = Identity.Placeholders.Length;
        ParameterPaths.Expect(path, s, n + 2, $"{Pattern}.{(Leaves.Length == 1 ? Leaves[0].Key : "<key>")}");
        var ids = s[1..(n + 1)];
        var entries = Entries(parameters).ToList();
        var i = entries.FindIndex(e => Identity.Same(IdsOf(e), ids));
        if (i >= 0) return Replace(parameters, i, ParameterPaths.SetLeaf(Leaves, entries[i], s[n + 1], value, path, ExtraPathKeys));
        if (!Creates) throw Identity.Missing(parameters, path, this, ids);
        return Add(parameters, ParameterPaths.SetLeaf(Leaves, Create(ids), s[n + 1], value, path, ExtraPathKeys));
    }

    /// <inheritdoc />
    public override void Validate(ModelParameters parameters, ValidationScope scope)
    {
        var earlier = new List<T>();
        foreach (var entry in Entries(parameters))
        {
            var prefix = Prefix(IdsOf(entry));
            Check(entry, prefix, earlier, scope);
            earlier.Add(entry);
            scope.CheckLeaves(Leaves, entry, prefix);
            CheckAfter(parameters, entry, prefix, scope);
        }
        CheckSection(parameters, scope);
    }

    /// <inheritdoc />
    public override JsonObject Schema()
    {
        var identity = IdentitySchema().ToList();
        return ExperimentSchema.List(SchemaDescription,
            ExperimentSchema.Entity(identity, Leaves, Pattern + ".", SchemaExtra(), identity.Select(x => x.Key), SchemaConditions()));
    }

    /// <inheritdoc />
    public override void AddPathPatterns(JsonObject patterns)
    {
        var prefix = Regex.Escape(Key) + @"\." + Identity.PathRegex;
        foreach (var l in Leaves)
            patterns["^" + prefix + Regex.Escape(l.Key) + "$"] =
                ExperimentSchema.Leaf(l.Kind, l.Range, l.Allowed, l.Default, l.Doc, l.Unit, $"{Pattern}.{l.Key}", false);
        AddExtraPathPatterns(patterns, prefix);
    }

    /// <inheritdoc />
    public override void Reference(StringBuilder md)
    {
        ConfigReference.Section(md, Key, ReferenceIntro,
        [
            .. IdentityReference.Select(x => ConfigReference.Identity(x.Key, "(required)", x.Doc)),
            .. Leaves.Select(l => ConfigReference.Row(l.Key, $"{Pattern}.{l.Key}", l)),
            .. ReferenceExtra(),
        ]);
        ReferenceAfter(md);
    }
}
