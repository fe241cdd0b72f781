namespace HedgeAgents.Experiments.Config.Sections;

/// <summary>One top-level section of an experiment file (<c>actors</c>, <c>strategies</c>, <c>events</c>, …), declared once:
/// the reader, the parameter paths, <c>describe --explain</c>, the JSON Schema and the reference page iterate
/// <see cref="ConfigSections.All"/> and ask each section what it is, instead of switching on its name.</summary>
internal abstract class ConfigSection
{
    /// <summary>The key of the section in a file and the first segment of its parameter paths.</summary>
    public abstract string Key { get; }

    /// <summary>The introduction of the section on the reference page (<c>docs/config-reference.md</c>).</summary>
    public abstract string ReferenceIntro { get; }
}
