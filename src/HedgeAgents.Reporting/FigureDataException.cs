namespace HedgeAgents.Reporting;

/// <summary>A results folder whose files cannot be drawn: the file, and what is wrong or valid.</summary>
public sealed class FigureDataException(string file, string message) : Exception($"{file}: {message}")
{
    /// <summary>The file at fault.</summary>
    public string File { get; } = file;
}
