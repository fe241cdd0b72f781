namespace HedgeAgents.Core;

/// <summary>Names listed in a sentence, so messages list a registry's names rather than restate them.</summary>
public static class NameList
{
    /// <summary>"a", "a or b", "a, b or c" (with "and", or another conjunction, if given).</summary>
    public static string Join(IEnumerable<string> names, string conjunction = "or")
    {
        var list = names.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} {conjunction} {list[^1]}";
    }
}
