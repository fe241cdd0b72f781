using System.CommandLine;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Cli.Commands.New;

/// <summary><c>hedge new</c>: a new experiment file copied from an existing one, ready to edit.</summary>
internal static class NewCommand
{
    /// <summary>The experiment copied when <c>--from</c> is not given.</summary>
    public const string DefaultSource = "kazakhstan-baseline";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string>("name") { Description = "the new experiment's name: letters, digits, '-', '_' or '.'" };
        var from = new Option<string>("--from")
        {
            Description = $"the experiment to copy: a file, or a name in experiments/ (default {DefaultSource})",
            DefaultValueFactory = _ => DefaultSource,
        };
        var dir = new Option<string>("--dir")
        {
            Description = "the folder to write <name>.yaml into (default experiments)",
            DefaultValueFactory = _ => "experiments",
        };
        var force = new Option<bool>("--force") { Description = "overwrite an existing file" };
        var command = new Command("new",
            "Write a new experiment <dir>/<name>.yaml: a copy of another (comments and sources kept) with the schema line first,\n" +
            "name set, and a header saying what to change first. Then edit it, hedge validate, hedge run and hedge plot.\n" +
            "Exit: 0 written, 1 it cannot be written, 2 a bad name, an existing file (use --force), a missing or invalid source\n" +
            "(nothing is written).\n" +
            "Example: hedge new my-sanctions --from experiments/kazakhstan-baseline.yaml") { name, from, dir, force };
        command.SetAction(parse => Run(parse.GetValue(name)!, parse.GetValue(from)!, parse.GetValue(dir)!, parse.GetValue(force), stdout, stderr));
        return command;
    }

    private static int Run(string name, string from, string dir, bool force, TextWriter stdout, TextWriter stderr)
    {
        if (ExperimentCopy.NameProblem(name) is { } problem)
        {
            stderr.WriteLine($"hedge new: '{name}' is not a valid experiment name: {problem}");
            return CliApp.BadInput;
        }
        var source = Resolve(from);
        if (source is null)
        {
            var known = Directory.Exists("experiments")
                ? Directory.EnumerateFiles("experiments", "*.yaml").Select(Path.GetFileNameWithoutExtension).Where(n => n != "study").Order().ToList()
                : [];
            stderr.WriteLine($"hedge new: no experiment '{from}': give a file, or one of: {(known.Count > 0 ? string.Join(", ", known) : "(no experiments/ folder here)")}");
            return CliApp.BadInput;
        }
        if (ExperimentInput.Load(source, [], stderr) is not { } loaded)
        {
            stderr.WriteLine($"hedge new: the source {source} does not load; nothing was written");
            return CliApp.BadInput;
        }
        var target = Path.Combine(dir, name + ".yaml");
        var shown = target.Replace('\\', '/');
        if (File.Exists(target) && !force)
        {
            stderr.WriteLine($"hedge new: {shown} already exists; choose another name, or --force to overwrite it");
            return CliApp.BadInput;
        }
        var targetDir = Path.GetDirectoryName(Path.GetFullPath(target))!;
        var sourceText = File.ReadAllText(source);
        var schema = Path.GetRelativePath(targetDir, SchemaFile(source, sourceText)).Replace('\\', '/');
        var text = ExperimentCopy.Make(sourceText, name, schema, source.Replace('\\', '/'), shown);
        if (text is not null) text = ExperimentCopy.Relink(text, loaded.Series.Select(s => s.Spec.File), source, targetDir);
        if (text is null)
        {
            stderr.WriteLine($"hedge new: {source} has no top-level 'name:' line to set; nothing was written");
            return CliApp.BadInput;
        }
        try
        {
            // The copy must load as its source did; a failure here is the tool's, not the input's.
            ExperimentLoader.LoadFromText(text, target);
        }
        catch (ConfigException e)
        {
            foreach (var error in e.Errors) stderr.WriteLine(error.ToString());
            stderr.WriteLine($"hedge new: the copy of {source} does not load; nothing was written");
            return CliApp.Failure;
        }
        try
        {
            Directory.CreateDirectory(targetDir);
            AtomicFile.WriteAllText(target, text, durable: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"hedge new: cannot write {shown}: {e.Message}; choose a writable folder with --dir");
            return CliApp.Failure;
        }
        if (!File.Exists(Path.Combine(targetDir, schema)))
            stderr.WriteLine($"hedge new: warning: {schema} (relative to {dir}) does not exist; editors will not find the schema " +
                             "(run from the repository's root, or write it with hedge schema --out experiments/schema.json)");
        stdout.WriteLine(shown);
        stderr.WriteLine($"hedge new: wrote {shown}, a copy of {source}; next: edit it, then hedge validate {shown}");
        return CliApp.Ok;
    }

    // experiments/schema.json under the working folder (the clone's root, where every README command runs), else the
    // schema the source names on its first line, if that file exists; the first when neither exists (with a warning).
    private static string SchemaFile(string source, string sourceText)
    {
        var here = Path.GetFullPath(Path.Combine("experiments", "schema.json"));
        if (File.Exists(here)) return here;
        var named = ExperimentCopy.SchemaNamed(sourceText);
        if (named is null) return here;
        var there = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(source))!, named));
        return File.Exists(there) ? there : here;
    }

    // A file as given, else a name in experiments/ (with or without .yaml).
    private static string? Resolve(string from)
    {
        if (File.Exists(from)) return from;
        var named = Path.Combine("experiments", from.EndsWith(".yaml", StringComparison.Ordinal) ? from : from + ".yaml");
        return File.Exists(named) ? named : null;
    }
}
