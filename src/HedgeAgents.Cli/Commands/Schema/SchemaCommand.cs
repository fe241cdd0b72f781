using System.CommandLine;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Cli.Commands.Schema;

/// <summary><c>hedge schema</c>: the JSON Schema of experiment files, printed or written atomically with <c>--out</c>.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string?>("--out") { Description = "write the schema to this file (atomically) instead of printing it" };
        var command = new Command("schema",
            "Print the JSON Schema (draft 2020-12) of experiment files, generated from the config tables, for editors that " +
            "validate YAML (VS Code's YAML extension). Example: hedge schema --out experiments/schema.json") { output };
        command.SetAction(parse =>
        {
            var json = ExperimentSchema.Json();
            if (parse.GetValue(output) is not { } path)
            {
                stdout.Write(json);
                return CliApp.Ok;
            }
            try
            {
                if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir) Directory.CreateDirectory(dir);
                // Written whole under a temporary name and renamed: an editor never reads half a schema.
                AtomicFile.WriteAllText(path, json, durable: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"hedge schema: cannot write {path}: {e.Message}; choose a writable path with --out");
                return CliApp.Failure;
            }
            stderr.WriteLine($"hedge schema: wrote {path}");
            return CliApp.Ok;
        });
        return command;
    }
}
