using System.Text;
using System.Text.RegularExpressions;

namespace HedgeAgents.Cli.Commands.New;

/// <summary>The text of a new experiment made from another: the source's lines kept as written (comments, sources,
/// layout), its schema line replaced by one that points from the target's folder to the schema, <c>name:</c> set, and a
/// header saying what to change first.</summary>
/// <remarks>A text-level copy on purpose: re-serialising the YAML would drop every comment, and the comments are where
/// each number's source is.</remarks>
internal static partial class ExperimentCopy
{
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^\s*#\s*yaml-language-server:\s*\$schema=")]
    private static partial Regex SchemaLine();

    [GeneratedRegex(@"^name:(\s|$)")]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex PlainScalar();

    /// <summary>Why a name cannot name an experiment, or null when it can: it becomes a file name and a results folder.</summary>
    public static string? NameProblem(string name)
    {
        if (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            return $"give the name without its extension: hedge new {Path.GetFileNameWithoutExtension(name)}";
        if (!NamePattern().IsMatch(name))
            return "a name is 1 to 100 letters, digits, '-', '_' or '.', starting with a letter or digit " +
                   "(it names experiments/<name>.yaml and results/<name>/)";
        return null;
    }

    /// <summary>The schema path a text's schema line names (relative to its file), or null when it has none.</summary>
    public static string? SchemaNamed(string text)
    {
        var line = text.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => SchemaLine().IsMatch(l));
        return line is null ? null : line[(line.IndexOf("$schema=", StringComparison.Ordinal) + "$schema=".Length)..].Trim();
    }

    /// <summary>The new file's text, or null when the source has no top-level <c>name:</c> line to set.</summary>
    /// <param name="source">The source experiment's text.</param>
    /// <param name="name">The new experiment's name.</param>
    /// <param name="schemaPath">The schema's path relative to the target's folder, with '/'.</param>
    /// <param name="sourceShown">The source's path as the user wrote it (for the header).</param>
    /// <param name="targetShown">The target's path as the user will type it (for the header's commands).</param>
    public static string? Make(string source, string name, string schemaPath, string sourceShown, string targetShown)
    {
        var newline = source.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = source.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines.RemoveAll(l => SchemaLine().IsMatch(l));
        var at = lines.FindIndex(l => NameLine().IsMatch(l));
        if (at < 0) return null;
        var quoted = PlainScalar().IsMatch(name) && !IsYamlWord(name) ? name : $"\"{name}\"";
        lines[at] = $"name: {quoted}";
        string[] header =
        [
            $"# yaml-language-server: $schema={schemaPath}",
            $"# {name}: a copy of {sourceShown}, made by `hedge new`; its comments and sources are kept.",
            "# Change one thing first, a parameter or an event's value, and note its source in a comment next to it",
            $"# (`hedge describe {targetShown} --explain` lists every parameter with its unit, range and meaning).",
            "# Then check it, run it and look at its figures:",
            $"#   hedge validate {targetShown}",
            $"#   hedge run {targetShown}                  (writes results/{name}/)",
            $"#   hedge plot results/{name} --png  (draws results/{name}/figures/*.png)",
            $"#   hedge diff {sourceShown} {targetShown}  (lists what you changed)",
            "# Update the description below to say what this experiment asks.",
            "#",
        ];
        var text = new StringBuilder();
        foreach (var line in header.Concat(lines.SkipWhile(string.IsNullOrWhiteSpace)))
            text.Append(line).Append(newline);
        // Split leaves one empty string after a final newline: keep exactly one at the end.
        return text.ToString().TrimEnd('\r', '\n') + newline;
    }

    // Words YAML 1.1/1.2 read as something other than text.
    private static bool IsYamlWord(string name) =>
        name.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "null" or "y" or "n";

    /// <summary>The copy with each data file its series read named relative to the copy's folder, so a copy made in
    /// another folder reads the same files.</summary>
    public static string Relink(string text, IEnumerable<string> files, string source, string targetDir)
    {
        var sourceDir = Path.GetDirectoryName(Path.GetFullPath(source)) ?? ".";
        foreach (var file in files.Distinct())
        {
            var moved = Path.GetRelativePath(targetDir, Path.GetFullPath(Path.Combine(sourceDir, file))).Replace('\\', '/');
            if (moved == file) continue;
            text = System.Text.RegularExpressions.Regex.Replace(text, @"(\bfile:\s*)([""']?)" + System.Text.RegularExpressions.Regex.Escape(file) + @"\2",
                m => m.Groups[1].Value + m.Groups[2].Value + moved + m.Groups[2].Value);
        }
        return text;
    }
}
