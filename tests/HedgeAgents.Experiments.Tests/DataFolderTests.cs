using HedgeAgents.Experiments.Data;

namespace HedgeAgents.Experiments.Tests;

/// <summary>The repository's own data/ folder passes <see cref="DataCheck"/>: every file catalogued, sourced and
/// as complete as its catalog row says.</summary>
public class DataFolderTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HedgeAgents.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [Test]
    public void Check_RepositoryDataFolder_NoProblems()
    {
        // Given the repository's data/ folder
        var folder = Path.Combine(RepoRoot(), "data");

        // When it is checked
        var report = DataCheck.Check(folder);

        // Then it has files and no problem
        Assert.That(report.Problems.Select(p => p.ToString()), Is.Empty);
        Assert.That(report.Files, Is.GreaterThan(0));
    }
}
