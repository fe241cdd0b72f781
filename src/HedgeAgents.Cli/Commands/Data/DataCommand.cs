using System.CommandLine;
using HedgeAgents.Experiments.Data;

namespace HedgeAgents.Cli.Commands.Data;

/// <summary><c>hedge data</c>: the data files under data/; <c>hedge data check [folder]</c> checks them against
/// their catalog (data/README.md) and the data conventions.</summary>
internal static class DataCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("data",
            "Work with the data files (tidy CSV under data/, catalogued in data/README.md).\n" +
            "Example: hedge data check") { Check(stdout, stderr) };
        return command;
    }

    private static Command Check(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "the data folder", DefaultValueFactory = _ => "data" };
        var command = new Command("check",
            "Check a data folder against its catalog (the | file | measure | unit | coverage | gaps | tables of README.md) and the\n" +
            "data conventions: every CSV file (subfolders too) catalogued and every catalogued file there; rows as wide as the\n" +
            "header; publisher, title and a 4-digit source_year on every row, url empty or http(s); observation files: numbers\n" +
            "in the invariant culture, measure and unit as catalogued, rows for exactly the coverage's years minus the gaps, a\n" +
            "known basis, shares of a profile with ROW summing to 1 ± 0.002; event files: dates YYYY-MM-DD within the coverage,\n" +
            "days a number, a known cause_class. Prints 'data: N files, M rows, all sourced', or every problem on stderr as\n" +
            "file:line: column: message.\n" +
            "Exit: 0 no problem, 2 problems.\n" +
            "Example: hedge data check data") { folder };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            var report = DataCheck.Check(path);
            if (!report.IsClean)
            {
                foreach (var problem in report.Problems) stderr.WriteLine(problem);
                stderr.WriteLine($"hedge data check: {report.Problems.Length} problem{(report.Problems.Length == 1 ? "" : "s")} in {path}");
                return CliApp.BadInput;
            }
            stdout.WriteLine($"{path}: {report.Files} files, {report.Rows} rows, all sourced");
            return CliApp.Ok;
        });
        return command;
    }
}
