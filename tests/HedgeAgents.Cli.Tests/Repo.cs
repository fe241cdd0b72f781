namespace HedgeAgents.Cli.Tests;

/// <summary>Paths of the repository the tests run in, and an in-process invocation of the CLI.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Experiment(string name) => Path.Combine(Root, "experiments", name);

    /// <summary>An experiment's text for a copy written outside experiments/: its data files (<c>series: file:</c>,
    /// relative to experiments/) named by absolute path, so the copy reads the repository's data/.</summary>
    public static string ExperimentText(string name) =>
        File.ReadAllText(Experiment(name)).Replace("file: ../data/", "file: " + Path.Combine(Root, "data").Replace('\\', '/') + "/");

    public static (int Exit, string Out, string Err) Hedge(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The fields of one CSV line, with quoted fields unquoted (the sweep output's reader, so tests and
    /// tool parse alike).</summary>
    public static string[] CsvFields(string line)
    {
        var fields = new List<string>();
        new HedgeAgents.Experiments.Sweeps.Output.CsvReader(new StringReader(line)).TryRead(fields);
        return [.. fields];
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "hedge-tests-" + Guid.NewGuid().ToString("N"));
        return dir;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HedgeAgents.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("HedgeAgents.sln not found above the test directory");
    }
}
