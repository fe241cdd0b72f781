namespace HedgeAgents.Core.Learning;

/// <summary>An option that is one word out of a list, each word standing for a value of <typeparamref name="T"/>
/// (the first word listed for the default is its text). A word not listed reads as the default.</summary>
public sealed class ChoiceOption<T>(string name, T defaultValue, string description, params (string Word, T Value)[] words)
    : LearningOption<T>(name, OptionKind.Choice, defaultValue, WordOf(words, defaultValue), description,
        allowed: [.. words.Select(w => w.Word)])
{
    private readonly (string Word, T Value)[] _words = words;

    /// <inheritdoc />
    protected override T Parse(string text)
    {
        foreach (var (word, value) in _words)
            if (word == text) return value;
        return DefaultValue;
    }

    private static string WordOf((string Word, T Value)[] words, T value)
    {
        foreach (var (word, v) in words)
            if (EqualityComparer<T>.Default.Equals(v, value)) return word;
        throw new ArgumentException($"the default {value} has no word", nameof(words));
    }
}
