using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Learning;

/// <summary>Typed reading of a rule's options from a spec: <c>spec.Get(Forgetting)</c>.</summary>
public static class LearningOptionReading
{
    /// <summary>The value of the option in the spec, or its declared default.</summary>
    public static T Get<T>(this LearningSpec spec, LearningOption<T> option) => option.Read(spec, option.DefaultValue);

    /// <summary>The value of the option in the spec, or <paramref name="fallback"/> when it is not given.</summary>
    public static T Get<T>(this LearningSpec spec, LearningOption<T> option, T fallback) => option.Read(spec, fallback);
}
