namespace HedgeAgents.Experiments.Tests.Calibration;

/// <summary>The repository's root and CSV parsing for assertions, with the repository's own reader so tests and tools
/// parse alike.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string[] CsvFields(string line)
    {
        var fields = new List<string>();
        new HedgeAgents.Experiments.Sweeps.Output.CsvReader(new StringReader(line)).TryRead(fields);
        return [.. fields];
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HedgeAgents.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("HedgeAgents.sln not found above the test directory");
    }
}
