using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Cli.Tests;

/// <summary><c>hedge new</c>: a copy a student can edit at once, that validates, and nothing written on bad input.</summary>
public class NewCommandTests : TempDirTest
{
    private static readonly string Baseline = Repo.Experiment("kazakhstan-baseline.yaml");

    [Test]
    public void New_FromBaseline_KeepsCommentsSetsNameAndSchemaLineAndValidates()
    {
        // Given / When a copy of the baseline is made into a folder
        var (exit, stdout, stderr) = Repo.Hedge("new", "my-sanctions", "--from", Baseline, "--dir", Dir);

        // Then it exits 0 and names the file
        Assert.That(exit, Is.EqualTo(0), stderr);
        var path = Path.Combine(Dir, "my-sanctions.yaml");
        Assert.That(stdout.Trim(), Is.EqualTo(path.Replace('\\', '/')));
        var lines = File.ReadAllLines(path);
        var source = File.ReadAllLines(Baseline);

        // And the schema line comes first, pointing from the folder to experiments/schema.json
        var expected = Path.GetRelativePath(Dir, Repo.Experiment("schema.json")).Replace('\\', '/');
        Assert.That(lines[0], Is.EqualTo($"# yaml-language-server: $schema={expected}"));
        Assert.That(File.Exists(Path.Combine(Dir, expected)), Is.True);
        Assert.That(lines.Count(l => l.Contains("yaml-language-server", StringComparison.Ordinal)), Is.EqualTo(1));

        // And a header says what to change first and how to run it
        var header = string.Join("\n", lines.TakeWhile(l => l.StartsWith('#')));
        Assert.That(header, Does.Contain("Change one thing first").And.Contain("hedge validate").And.Contain("hedge run").And.Contain("hedge plot"));

        // And every other line of the source is kept as written, but the name and the data files' paths, which now lead
        // from the copy's folder to the same files
        var body = lines.SkipWhile(l => l.StartsWith('#')).ToList();
        Assert.That(body, Does.Contain("name: my-sanctions"));
        static string Relinked(string line) => System.Text.RegularExpressions.Regex.Replace(line, @"file: [^,}]+", "file: …");
        Assert.That(lines.Select(Relinked), Is.SupersetOf(source.Where(l => !l.StartsWith("name:", StringComparison.Ordinal) && !l.Contains("yaml-language-server", StringComparison.Ordinal)).Select(Relinked)));
        var data = Path.GetRelativePath(Dir, Path.Combine(Repo.Root, "data")).Replace('\\', '/');
        Assert.That(body, Has.Some.Contains($"file: {data}/trade-by-partner.csv"));

        // And it validates, as the baseline with only its name changed
        var copy = ExperimentLoader.Load(path);
        var original = ExperimentLoader.Load(Baseline);
        Assert.That(copy.Name, Is.EqualTo("my-sanctions"));
        Assert.That(ExperimentDiff.Compare(original, copy).Select(l => l.ToString()), Is.EqualTo(new[] { "name: kazakhstan-baseline → my-sanctions" }));
    }

    [TestCaseSource(typeof(DescribeExplainTests), nameof(DescribeExplainTests.Experiments))]
    public void New_FromEveryShippedExperiment_Validates(string file)
    {
        // Given / When a copy of a shipped experiment is made by its name
        var (exit, _, stderr) = Repo.Hedge("new", "copy", "--from", Repo.Experiment(file), "--dir", Dir);

        // Then it loads
        Assert.That(exit, Is.EqualTo(0), stderr);
        Assert.That(ExperimentLoader.Load(Path.Combine(Dir, "copy.yaml")).Name, Is.EqualTo("copy"));
    }

    [Test]
    public void New_ExistingTarget_ExitsTwoUnlessForce()
    {
        // Given a file already there
        Directory.CreateDirectory(Dir);
        var path = Path.Combine(Dir, "mine.yaml");
        File.WriteAllText(path, "keep me");

        // When it would be overwritten without --force
        var (exit, _, stderr) = Repo.Hedge("new", "mine", "--from", Baseline, "--dir", Dir);

        // Then it is refused and left alone; with --force it is replaced
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("already exists").And.Contain("--force"));
        Assert.That(File.ReadAllText(path), Is.EqualTo("keep me"));
        Assert.That(Repo.Hedge("new", "mine", "--from", Baseline, "--dir", Dir, "--force").Exit, Is.EqualTo(0));
        Assert.That(File.ReadAllText(path), Does.Contain("name: mine"));
    }

    [TestCase("bad/name", "not a valid experiment name")]
    [TestCase("-dash", "not a valid experiment name")]
    [TestCase("my.yaml", "without its extension")]
    [TestCase("has space", "not a valid experiment name")]
    public void New_BadName_ExitsTwoWritingNothing(string name, string message)
    {
        var (exit, _, stderr) = Repo.Hedge("new", name, "--from", Baseline, "--dir", Dir);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain(message));
        Assert.That(Directory.Exists(Dir), Is.False);
    }

    [Test]
    public void New_MissingSource_ExitsTwoWritingNothing()
    {
        var (exit, _, stderr) = Repo.Hedge("new", "x", "--from", Path.Combine(Dir, "nope.yaml"), "--dir", Dir);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("no experiment"));
        Assert.That(Directory.Exists(Dir), Is.False);
    }

    [Test]
    public void New_InvalidSource_ExitsTwoWithLocatedErrorsWritingNothing()
    {
        // Given a source with an error
        Directory.CreateDirectory(Dir);
        var bad = Path.Combine(Dir, "bad.yaml");
        File.WriteAllText(bad, File.ReadAllText(Baseline).Replace("riskAversion: 3 ", "riskAversion: -3 ", StringComparison.Ordinal));

        // When it is copied
        var (exit, _, stderr) = Repo.Hedge("new", "x", "--from", bad, "--dir", Path.Combine(Dir, "out"));

        // Then the error is located and nothing is written
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("bad.yaml:").And.Contain("riskAversion"));
        Assert.That(Directory.Exists(Path.Combine(Dir, "out")), Is.False);
    }

    [TestCase("true", "name: \"true\"")]
    [TestCase("2024", "name: \"2024\"")]
    [TestCase("v1.2", "name: \"v1.2\"")]
    public void New_NameYamlWouldRead_AsAnotherType_IsQuoted(string name, string line)
    {
        var (exit, _, stderr) = Repo.Hedge("new", name, "--from", Baseline, "--dir", Dir);
        Assert.That(exit, Is.EqualTo(0), stderr);
        Assert.That(File.ReadAllLines(Path.Combine(Dir, name + ".yaml")), Does.Contain(line));
        Assert.That(ExperimentLoader.Load(Path.Combine(Dir, name + ".yaml")).Name, Is.EqualTo(name));
    }
}
