using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Experiments.Config;

/// <summary>What the sections' checks share while one parameter set is validated: the problems so far, the actors'
/// kinds (filled by the actors section, which comes first) and the common checks.</summary>
internal sealed class ValidationScope(ModelParameters parameters)
{
    private readonly List<string> _ids = [.. parameters.Actors.Select(a => a.Id)];

    /// <summary>The problems found so far, in config order.</summary>
    public List<ParameterProblem> Problems { get; } = [];

    /// <summary>The kind of every actor read so far, by id (the first of duplicates).</summary>
    public Dictionary<string, ActorKind> Kinds { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a problem.</summary>
    public void Add(string path, string message) => Problems.Add(new(path, message));

    /// <summary>Whether the id names an actor; adds a problem with the nearest ids if not.</summary>
    public bool Exists(string path, string id)
    {
        if (Kinds.ContainsKey(id)) return true;
        Add(path, KeySuggestions.Unknown("actor id", id, _ids));
        return false;
    }

    /// <summary>Adds a problem unless the id names a great power (an unknown id is reported as such).</summary>
    public void Great(string path, string id)
    {
        if (Exists(path, id) && Kinds[id] != ActorKind.Great)
            Add(path, $"'{id}' is a {Kinds[id].ToString().ToLowerInvariant()} actor, not a great power");
    }

    /// <summary>Checks the range of every numeric leaf of an entry.</summary>
    public void CheckLeaves<T>(ImmutableArray<Leaf<T>> leaves, T item, string prefix)
    {
        foreach (var leaf in leaves) CheckLeaf(leaf, item, prefix.Length == 0 ? leaf.Key : $"{prefix}.{leaf.Key}");
    }

    /// <summary>Checks the range of a numeric leaf.</summary>
    public void CheckLeaf<T>(Leaf<T> leaf, T item, string path)
    {
        if (!leaf.IsNumeric) return;
        var x = leaf.Get(item).Number;
        if (!leaf.Range.Contains(x)) Add(path, $"must be {leaf.Range}, got {ValueText.Format(x)}");
    }
}
