namespace HedgeAgents.Experiments.Data;

/// <summary>One defect of a data file or of the catalog, located as <c>file:line: column: message</c> so an editor
/// jumps to it. <paramref name="Line"/> is 1-based (0: the file as a whole); <paramref name="Column"/> is empty when
/// the defect is not one column's.</summary>
public sealed record DataProblem(string File, int Line, string Column, string Message)
{
    /// <summary><c>file:line: column: message</c>, leaving out the parts that are not known.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        return Column.Length > 0 ? $"{where}: {Column}: {Message}" : $"{where}: {Message}";
    }
}
