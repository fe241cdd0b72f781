namespace HedgeAgents.Cli.Tests;

/// <summary>A fresh temporary folder per test in <see cref="Dir"/>, deleted afterwards.</summary>
public abstract class TempDirTest
{
    /// <summary>The test's folder; not created, so a test can assert that nothing was written.</summary>
    protected string Dir { get; private set; } = "";

    [SetUp]
    public void CreateDirName() => Dir = Repo.TempDir();

    [TearDown]
    public void DeleteDir()
    {
        if (Directory.Exists(Dir)) Directory.Delete(Dir, recursive: true);
    }
}
