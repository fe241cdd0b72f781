namespace HedgeAgents.Reporting.Tests;

/// <summary>Paths of the repository the tests run in.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Experiment(string name) => Path.Combine(Root, "experiments", name);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HedgeAgents.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("HedgeAgents.sln not found above the test directory");
    }
}
