namespace HedgeAgents.Experiments.Config;

/// <summary>One problem in an experiment file or a <c>--set</c> assignment, located so an editor can jump to it.</summary>
/// <param name="File">The file name, or <c>--set</c> for command-line assignments.</param>
/// <param name="Line">1-based line (for <c>--set</c>: the 1-based index of the assignment).</param>
/// <param name="Column">1-based column.</param>
/// <param name="Key">The parameter path or key the problem is about.</param>
/// <param name="Message">What is wrong, with a suggestion where there is one.</param>
public sealed record ConfigError(string File, int Line, int Column, string Key, string Message)
{
    /// <summary>The compiler-style form <c>file:line:col: key: message</c>, always one line: a key that is empty or holds
    /// a colon or a control character (a file may hold <c>"a: b": 1</c>) is quoted, <c>'a: b'</c>, and
    /// control characters anywhere are escaped, so that editors and scripts split every error alike.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {DisplayKey(Key)}: {Escape(Message)}";

    private static string DisplayKey(string key) =>
        key.Length > 0 && !key.Any(c => c == ':' || char.IsControl(c))
            ? key
            : "'" + Escape(key).Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Escape(string text) =>
        text.Any(char.IsControl)
            ? string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()))
            : text;
}
