using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary>An entry named by a directed pair of actors (relations from/to, threats from/to, demand actor/partner);
/// paths <c>&lt;section&gt;.&lt;FIRST&gt;.&lt;SECOND&gt;.&lt;key&gt;</c>.</summary>
internal sealed class PairIdentity(string first, string second) : EntityIdentity
{
    private const string IdSegment = @"[A-Za-z][A-Za-z0-9_]*\.";

    /// <inheritdoc />
    public override ImmutableArray<string> Keys { get; } = [first, second];

    /// <inheritdoc />
    public override ImmutableArray<string> Placeholders { get; } = [$"<{first.ToUpperInvariant()}>", $"<{second.ToUpperInvariant()}>"];

    /// <inheritdoc />
    public override string PathRegex => IdSegment + IdSegment;

    /// <inheritdoc />
    public override string[]? Read(ExperimentReader reader, YamlMappingNode item, string where, string section) =>
        reader.Pair(item, where, first, second) is var (a, b) ? [a, b] : null;

    /// <inheritdoc />
    public override void Duplicate(ExperimentReader reader, YamlMappingNode item, string prefix, string noun, IReadOnlyList<string> ids) =>
        reader.Error(item, DuplicatePath(prefix), DuplicateMessage(noun, ids));

    /// <inheritdoc />
    public override string DuplicatePath(string prefix) => prefix;

    /// <inheritdoc />
    public override string DuplicateMessage(string noun, IReadOnlyList<string> ids) => $"duplicate {noun} {ids[0]} -> {ids[1]}";

    /// <inheritdoc />
    public override void Record(ExperimentReader reader, YamlMappingNode item, string prefix)
    {
        reader.Record(prefix, item);
        reader.Record($"{prefix}.{first}", ExperimentReader.Child(item, first)!);
        reader.Record($"{prefix}.{second}", ExperimentReader.Child(item, second)!);
    }

    /// <inheritdoc />
    public override Exception Missing(ModelParameters parameters, string path, EntitySection section, IReadOnlyList<string> ids)
    {
        ParameterPaths.RequireActor(parameters, path, ids[0]);
        ParameterPaths.RequireActor(parameters, path, ids[1]);
        return new ParameterPathException(path,
            $"there is no {section.Noun} {ids[0]} -> {ids[1]}; add it under '{section.Key}' in the file before setting its parameters");
    }
}
