using System.Text.RegularExpressions;

namespace HedgeAgents.Cli.Tests;

/// <summary>Every verb's help teaches by example, and its examples name files that exist.</summary>
public partial class HelpTests
{
    [GeneratedRegex(@"^  ([a-z]+) ", RegexOptions.Multiline)]
    private static partial Regex VerbLine();

    [GeneratedRegex(@"experiments/[A-Za-z0-9_./-]+\.yaml")]
    private static partial Regex ExperimentPath();

    private static IReadOnlyList<string> Verbs()
    {
        var (_, help, _) = Repo.Hedge("--help");
        var commands = help[help.IndexOf("Commands:", StringComparison.Ordinal)..];
        return [.. VerbLine().Matches(commands).Select(m => m.Groups[1].Value)];
    }

    [Test]
    public void Help_Root_GivesExitCodesAndExamples()
    {
        // Given / When the root help is printed
        var (exit, help, _) = Repo.Hedge("--help");

        // Then it exits 0, lists the exit codes and gives an example
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(help, Does.Contain("Exit codes: 0 ok, 1 failure, 2 bad input").And.Contain("Examples: hedge study"));
    }

    [Test]
    public void Help_EveryVerb_HasAnExampleNamingFilesThatExist()
    {
        // Given every verb the root help lists
        var verbs = Verbs();
        Assert.That(verbs, Has.Count.GreaterThanOrEqualTo(10).And.Contains("run").And.Contains("study"));

        // When each verb's help is printed
        // Then it contains an example, and every experiment file it names is in the repository
        Assert.Multiple(() =>
        {
            foreach (var verb in verbs)
            {
                var (exit, help, _) = Repo.Hedge(verb, "--help");
                Assert.That(exit, Is.EqualTo(0), verb);
                Assert.That(help, Does.Contain("Example"), verb);
                foreach (Match path in ExperimentPath().Matches(help))
                    Assert.That(File.Exists(Path.Combine(Repo.Root, path.Value)), Is.True, $"{verb}: {path.Value}");
            }
        });
    }
}
