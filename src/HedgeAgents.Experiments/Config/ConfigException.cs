namespace HedgeAgents.Experiments.Config;

/// <summary>Thrown when an experiment does not load; carries every problem found, not just the first.</summary>
public sealed class ConfigException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ConfigException(IReadOnlyList<ConfigError> errors)
        : base(Format(errors)) => Errors = errors;

    /// <summary>Every problem, in file order (command-line assignments last).</summary>
    public IReadOnlyList<ConfigError> Errors { get; }

    private static string Format(IReadOnlyList<ConfigError> errors) =>
        $"{errors.Count} error(s) in {(errors.Count > 0 ? errors[0].File : "the input")}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
}
