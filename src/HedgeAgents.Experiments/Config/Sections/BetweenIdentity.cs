using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary>An entry named by an unordered pair, <c>between: [A, B]</c> (rivalries); paths
/// <c>&lt;section&gt;.&lt;A&gt;.&lt;B&gt;.&lt;key&gt;</c> in either order.</summary>
internal sealed class BetweenIdentity : EntityIdentity
{
    private const string IdSegment = @"[A-Za-z][A-Za-z0-9_]*\.";

    /// <inheritdoc />
    public override ImmutableArray<string> Keys { get; } = ["between"];

    /// <inheritdoc />
    public override ImmutableArray<string> Placeholders { get; } = ["<A>", "<B>"];

    /// <inheritdoc />
    public override string PathRegex => IdSegment + IdSegment;

    /// <inheritdoc />
    public override bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        (a[0] == b[0] && a[1] == b[1]) || (a[0] == b[1] && a[1] == b[0]);

    /// <inheritdoc />
    public override string[]? Read(ExperimentReader reader, YamlMappingNode item, string where, string section)
    {
        var between = ExperimentReader.Child(item, "between");
        if (between is null)
        {
            reader.Error(item, $"{where}.between", "missing required key 'between' (two great powers, e.g. [RUS, EUR])");
            return null;
        }
        if (reader.Value(between, $"{where}.between") is not { } value) return null;
        if (value.Kind != ParameterValueKind.List || value.Items.Length != 2)
        {
            reader.Error(between, $"{where}.between", $"expected a list of two great powers like [RUS, EUR], got {LeafCoercion.Show(value)}");
            return null;
        }
        return [value.Items[0].Trim(), value.Items[1].Trim()];
    }

    /// <inheritdoc />
    public override void Duplicate(ExperimentReader reader, YamlMappingNode item, string prefix, string noun, IReadOnlyList<string> ids) =>
        reader.Error(ExperimentReader.Child(item, "between")!, DuplicatePath(prefix), DuplicateMessage(noun, ids));

    /// <inheritdoc />
    public override string DuplicatePath(string prefix) => prefix;

    /// <inheritdoc />
    public override string DuplicateMessage(string noun, IReadOnlyList<string> ids) => $"duplicate {noun} between {ids[0]} and {ids[1]}";

    /// <inheritdoc />
    public override void Record(ExperimentReader reader, YamlMappingNode item, string prefix)
    {
        reader.Record(prefix, item);
        reader.Record($"{prefix}.between", ExperimentReader.Child(item, "between")!);
    }

    /// <inheritdoc />
    /// <remarks>Only sections that do not create a missing entry ask; a rivalry section creates one.</remarks>
    public override Exception Missing(ModelParameters parameters, string path, EntitySection section, IReadOnlyList<string> ids) =>
        new InvalidOperationException($"{section.Key} should create a missing entry: declare it with Creates = true");
}
