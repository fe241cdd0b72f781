using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary>How an entry of a list section is named: by an id, a directed pair, or an unordered pair. It reads the
/// identity keys of a file's entry, names the entry in paths and messages, and says whether two entries are the same.</summary>
internal abstract class EntityIdentity
{
    /// <summary>The keys of a file's entry that hold the identity; the reader skips them when it reads the leaves.</summary>
    public abstract ImmutableArray<string> Keys { get; }

    /// <summary>The placeholders of the identity in a path pattern (<c>&lt;FROM&gt;</c>, <c>&lt;TO&gt;</c>).</summary>
    public abstract ImmutableArray<string> Placeholders { get; }

    /// <summary>The regular expression of the identity segments of a path, each with its trailing dot.</summary>
    public abstract string PathRegex { get; }

    /// <summary>Whether an entry named <paramref name="a"/> is the one named <paramref name="b"/>.</summary>
    public virtual bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.SequenceEqual(b);

    /// <summary>Reads the identity of a file's entry, reporting what is missing or malformed; null when it is broken.</summary>
    public abstract string[]? Read(ExperimentReader reader, YamlMappingNode item, string where, string section);

    /// <summary>Reports a second entry with the identity of an earlier one (reader and validator word it alike).</summary>
    public abstract void Duplicate(ExperimentReader reader, YamlMappingNode item, string prefix, string noun, IReadOnlyList<string> ids);

    /// <summary>The path of a duplicate entry's problem.</summary>
    public abstract string DuplicatePath(string prefix);

    /// <summary>The message of a duplicate entry.</summary>
    public abstract string DuplicateMessage(string noun, IReadOnlyList<string> ids);

    /// <summary>Records where the entry and its identity keys are in the file.</summary>
    public abstract void Record(ExperimentReader reader, YamlMappingNode item, string prefix);

    /// <summary>Throws the message for a path naming an entry that does not exist (for sections that do not create one).</summary>
    public abstract Exception Missing(Core.Parameters.ModelParameters parameters, string path, EntitySection section, IReadOnlyList<string> ids);
}
