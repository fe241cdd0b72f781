namespace HedgeAgents.Experiments.Config;

/// <summary>Thrown by <see cref="ParameterPaths.Apply"/> for a path that names nothing, or a value of the wrong type.</summary>
public sealed class ParameterPathException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ParameterPathException(string path, string message)
        : base($"{path}: {message}")
    {
        Path = path;
        Problem = message;
    }

    /// <summary>The path that was being set.</summary>
    public string Path { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Problem { get; }
}
