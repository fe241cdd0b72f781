using YamlDotNet.RepresentationModel;

namespace HedgeAgents.Experiments.Config;

/// <summary>A place in an experiment file, or the index of a <c>--set</c> assignment.</summary>
internal readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>The start of a YAML node.</summary>
    public static SourceLocation Of(string file, YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>An error at this place.</summary>
    public ConfigError Error(string key, string message) => new(File, Line, Column, key, message);
}
