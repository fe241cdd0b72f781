using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Data;

/// <summary>What <see cref="DataCheck.Check"/> found: how many CSV files and data rows it read, and every problem,
/// catalog first, then file by file in path order, rows in line order.</summary>
public sealed record DataCheckReport(int Files, int Rows, ValueArray<DataProblem> Problems)
{
    /// <summary>Whether the folder has no problem.</summary>
    public bool IsClean => Problems.IsEmpty;
}
