namespace HedgeAgents.Experiments.Data;

/// <summary>A data file that cannot be read as a table, with the line at fault (0 when the file itself is missing).</summary>
public sealed class DataFileException(string path, int line, string problem) : Exception($"{path}:{line}: {problem}")
{
    /// <summary>The file.</summary>
    public string Path { get; } = path;

    /// <summary>The 1-based line, or 0 for the file as a whole.</summary>
    public int Line { get; } = line;

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; } = problem;
}
