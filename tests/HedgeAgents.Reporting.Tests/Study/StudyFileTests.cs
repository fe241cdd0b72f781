using HedgeAgents.Experiments.Config;
using HedgeAgents.Reporting.Reproduction;
using HedgeAgents.Reporting.Study;

namespace HedgeAgents.Reporting.Tests.Study;

/// <summary>The study file: every malformed step is located, and the shipped study is exactly the committed results.</summary>
public class StudyFileTests
{
    private static ConfigException ParseError(string text) =>
        Assert.Throws<ConfigException>(() => StudyFile.Parse(text, "s.yaml"))!;

    [TestCase("name: s\n", "s.yaml:1:1: steps: missing")]
    [TestCase("name: s\nsteps: []\n", "s.yaml:2:8: steps: expected a list of at least one command")]
    [TestCase("name: s\nstesp: [a]\n", "s.yaml:2:1: stesp: unknown key 'stesp'; did you mean 'steps'?")]
    [TestCase("name: s\nsteps:\n  - hedge plot results/x\n", "s.yaml:3:5: steps[0]: expected 'hedge run|sweep <experiment.yaml> --out <folder> [options]'")]
    [TestCase("name: s\nsteps:\n  - hedge run x.yaml\n", "s.yaml:3:5: steps[0]: 'hedge run x.yaml' has no --out")]
    [TestCase("name: s\nsteps:\n  - hedge run x.yaml --out a\n  - hedge sweep y.yaml --out a/\n", "s.yaml:4:5: steps[1]: writes a/, which the step on line 3 writes too")]
    [TestCase("name: s\nsteps:\n  - 'hedge run \"x.yaml --out a'\n", "s.yaml:3:5: steps[0]: unclosed double quote")]
    [TestCase("name: [s\nsteps: 1\n", "s.yaml:1:7: yaml: this '[' is not closed")]
    [TestCase("name: s\nsteps:\n  - hedge discover results/x --where \"a > 1\"\n", "s.yaml:3:5: steps[0]: analyses results/x, which no earlier step writes")]
    public void Parse_BadStudy_LocatedError(string text, string expected)
    {
        // Given a malformed study file
        // When it is parsed
        var error = ParseError(text);

        // Then the first error is located and says what would be valid
        Assert.That(error.Errors[0].ToString(), Does.StartWith(expected));
    }

    [Test]
    public void ShippedStudy_StepsAreExactlyTheCommittedResultsFolders()
    {
        // Given the shipped study and the committed results
        var study = StudyFile.Load(Path.Combine(Repo.Root, StudyCommandFile));
        var results = Path.Combine(Repo.Root, "results");
        var committed = ResultsFolders.Below(results)
            .ToDictionary(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'), f => RecordedManifest.Read(f).Command);

        // When the steps are matched with the folders by --out
        var steps = study.Steps.Where(s => !s.IsAnalysis).ToDictionary(s => s.Out.TrimEnd('/'), s => s.RecordedCommand);

        // Then every committed folder is a step with the same command, and every step has its committed folder,
        // so `hedge study` regenerates what `hedge reproduce results/` checks
        Assert.That(steps.Keys, Is.EquivalentTo(committed.Keys));
        foreach (var (folder, command) in committed)
            Assert.That(steps[folder], Is.EqualTo(command), folder);
    }

    private const string StudyCommandFile = "experiments/study.yaml";
}
