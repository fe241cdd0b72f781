namespace HedgeAgents.Experiments.Data;

/// <summary>A data file that cannot be read as asked (not CSV, no such column, not a number); the message is the
/// located <see cref="Problem"/>.</summary>
public sealed class DataFileException(DataProblem problem) : Exception(problem.ToString())
{
    /// <summary>Where and what.</summary>
    public DataProblem Problem { get; } = problem;
}
