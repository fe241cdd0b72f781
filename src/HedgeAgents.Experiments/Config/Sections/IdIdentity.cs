using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary>An entry named by its <c>id</c> (actors, routes, coalitions); paths <c>&lt;section&gt;.&lt;ID&gt;.&lt;key&gt;</c>.</summary>
/// <param name="isRoute">Whether the id follows the route rule (a letter, then letters, digits, _ or -) rather than the actor rule.</param>
internal sealed class IdIdentity(bool isRoute = false) : EntityIdentity
{
    private const string IdSegment = "[A-Za-z][A-Za-z0-9_]*";
    private const string RouteSegment = "[A-Za-z][A-Za-z0-9_-]*";

    /// <inheritdoc />
    public override ImmutableArray<string> Keys { get; } = ["id"];

    /// <inheritdoc />
    public override ImmutableArray<string> Placeholders { get; } = ["<ID>"];

    /// <inheritdoc />
    public override string PathRegex => (isRoute ? RouteSegment : IdSegment) + @"\.";

    /// <inheritdoc />
    public override string[]? Read(ExperimentReader reader, YamlMappingNode item, string where, string section) =>
        reader.ReadId(item, where, "id", section, isRoute) is { } id ? [id] : null;

    /// <inheritdoc />
    public override void Duplicate(ExperimentReader reader, YamlMappingNode item, string prefix, string noun, IReadOnlyList<string> ids) =>
        reader.Error(ExperimentReader.Child(item, "id")!, DuplicatePath(prefix), DuplicateMessage(noun, ids));

    /// <inheritdoc />
    public override string DuplicatePath(string prefix) => $"{prefix}.id";

    /// <inheritdoc />
    public override string DuplicateMessage(string noun, IReadOnlyList<string> ids) => $"duplicate {noun} id '{ids[0]}'";

    /// <inheritdoc />
    public override void Record(ExperimentReader reader, YamlMappingNode item, string prefix) => reader.Record(prefix, item);

    /// <inheritdoc />
    public override Exception Missing(ModelParameters parameters, string path, EntitySection section, IReadOnlyList<string> ids) =>
        new ParameterPathException(path, KeySuggestions.Unknown($"{section.Noun} id", ids[0], section.Ids(parameters).Select(x => x[0]).ToList())
                                         + $"; {section.Key} are added under '{section.Key}' in the file");
}
