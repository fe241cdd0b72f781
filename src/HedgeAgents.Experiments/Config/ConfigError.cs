namespace HedgeAgents.Experiments.Config;

/// <summary>One problem in an experiment file or a <c>--set</c> assignment, located so an editor can jump to it.</summary>
/// <param name="File">The file name, or <c>--set</c> for command-line assignments.</param>
/// <param name="Line">1-based line (for <c>--set</c>: the 1-based index of the assignment).</param>
/// <param name="Column">1-based column.</param>
/// <param name="Key">The parameter path or key the problem is about.</param>
/// <param name="Message">What is wrong, with a suggestion where there is one.</param>
public sealed record ConfigError(string File, int Line, int Column, string Key, string Message)
{
    /// <summary>The compiler-style form <c>file:line:col: key: message</c>; an empty key (a file may hold <c>"": 1</c>)
    /// is written <c>''</c> so that the form holds and a reader sees which key is meant.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {(Key.Length == 0 ? "''" : Key)}: {Message}";
}
