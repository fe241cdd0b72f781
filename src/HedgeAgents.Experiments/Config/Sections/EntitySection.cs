using System.Text;
using System.Text.Json.Nodes;
using HedgeAgents.Core.Parameters;
using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config.Sections;

/// <summary>A list section (<c>actors</c>, <c>relations</c>, …): entries named by an <see cref="EntityIdentity"/>, each with
/// a table of leaves. What the consumers need of it, without its record type; <see cref="EntitySection{T}"/> implements it.</summary>
internal abstract class EntitySection : ConfigSection
{
    /// <summary>How an entry is named.</summary>
    public abstract EntityIdentity Identity { get; }

    /// <summary>The entry in messages (<c>relation</c>, <c>route</c>).</summary>
    public abstract string Noun { get; }

    /// <summary>Whether a path may name an entry the file did not list, which is then created from its defaults
    /// (upsert); otherwise the path must name an existing entry.</summary>
    public abstract bool Creates { get; }

    /// <summary>The path pattern of an entry, <c>relations.&lt;FROM&gt;.&lt;TO&gt;</c>.</summary>
    public string Pattern => Key + "." + string.Join('.', Identity.Placeholders);

    /// <summary>The identities of the entries of a parameter set, in order.</summary>
    public abstract IEnumerable<IReadOnlyList<string>> Ids(ModelParameters parameters);

    /// <summary>Reads one entry of the file's list into the reader's parameters.</summary>
    public abstract void Read(ExperimentReader reader, YamlMappingNode item, string where);

    /// <summary>Every path of every entry with its value, unit, range and meaning.</summary>
    public abstract IEnumerable<ParameterExplanation> Explain(ModelParameters parameters);

    /// <summary>A copy of the parameters with one path (<c>s</c>, split at dots) of this section set.</summary>
    public abstract ModelParameters Apply(ModelParameters parameters, string[] s, ParameterValue value, string path);

    /// <summary>Adds the problems of the section's entries: identity, cross-references and ranges, in config order.</summary>
    public abstract void Validate(ModelParameters parameters, ValidationScope scope);

    /// <summary>The JSON Schema of the section.</summary>
    public abstract JsonObject Schema();

    /// <summary>Adds the regular expression of every path of the section, with its value schema.</summary>
    public abstract void AddPathPatterns(JsonObject patterns);

    /// <summary>Writes the section of the reference page.</summary>
    public abstract void Reference(StringBuilder md);
}
