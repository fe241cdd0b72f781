namespace HedgeAgents.Cli.Tests;

/// <summary>The README's test command is the fast lane CI runs, and the two lanes split the tests between them.</summary>
public class TestLanesTests
{
    private const string FastLane = "dotnet test HedgeAgents.sln --filter \"TestCategory!=LongRunning\"";
    private const string LongLane = "--filter \"TestCategory=LongRunning\"";

    [Test]
    public void Readme_TestCommandAtTheTop_IsTheFastLaneThatCiRuns()
    {
        // Given the README's opening commands and .ci/run
        var readme = File.ReadAllLines(Path.Combine(Repo.Root, "README.md"));
        var opening = readme.Skip(1).SkipWhile(l => l != "```sh").Skip(1).TakeWhile(l => l != "```").ToList();
        var ci = File.ReadAllLines(Path.Combine(Repo.Root, ".ci", "run")).Where(l => !l.TrimStart().StartsWith('#')).ToList();

        // Then the test command at the top is the fast lane, .ci/run runs it as written, then the LongRunning lane into
        // its own results folder, so the second lane's TRX files do not overwrite the first's
        Assert.That(opening.Where(l => l.StartsWith("dotnet test", StringComparison.Ordinal)).Select(l => l.Split("  #")[0].TrimEnd()),
            Is.EqualTo(new[] { FastLane }));
        var fast = ci.FindIndex(l => l.Trim() == FastLane);
        var slow = ci.FindIndex(l => l.Contains(LongLane, StringComparison.Ordinal));
        Assert.That(fast, Is.GreaterThanOrEqualTo(0), "the fast lane, as written in the README");
        Assert.That(slow, Is.GreaterThan(fast), "LongRunning after the fast lane");
        Assert.That(ci[slow], Does.Contain("--results-directory \"$results/LongRunning\""));
    }
}
