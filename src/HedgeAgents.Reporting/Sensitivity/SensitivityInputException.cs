namespace HedgeAgents.Reporting.Sensitivity;

/// <summary>A sweep folder or metric that sensitivity indices cannot be computed from: the file at fault and what is
/// wrong or valid. The CLI reports it as bad input (exit 2).</summary>
public sealed class SensitivityInputException(string file, string message) : Exception($"{file}: {message}")
{
    /// <summary>The file at fault.</summary>
    public string File { get; } = file;
}
