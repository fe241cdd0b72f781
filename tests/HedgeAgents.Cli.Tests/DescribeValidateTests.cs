namespace HedgeAgents.Cli.Tests;

/// <summary><c>hedge describe</c>, <c>hedge validate</c> and <c>--help</c> as a student would use them.</summary>
public class DescribeValidateTests
{
    [Test]
    public void Describe_Baseline_PrintsEveryPathAsPathEqualsValue()
    {
        var (exit, output, _) = Repo.Hedge("describe", Repo.Experiment("kazakhstan-baseline.yaml"));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(lines, Has.All.Match(@"^[A-Za-z0-9_.\-]+ = .*$"));
        Assert.That(lines, Does.Contain("actors.KAZ.riskAversion = 3"));
        Assert.That(lines, Does.Contain("routes.china-rail.capacity = 28"));
        Assert.That(lines, Does.Contain("shocks.sanctions.hazard = 0"));
    }

    [Test]
    public void Describe_WithSet_ShowsTheOverride()
    {
        var (exit, output, _) = Repo.Hedge("describe", Repo.Experiment("kazakhstan-baseline.yaml"), "--set", "shocks.sanctions.hazard=0.4");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("shocks.sanctions.hazard = 0.4"));
    }

    [Test]
    public void Validate_Baseline_ExitsZero()
    {
        var (exit, output, _) = Repo.Hedge("validate", Repo.Experiment("kazakhstan-baseline.yaml"));
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("ok"));
    }

    [Test]
    public void Validate_BadSetPath_ExitsTwoNamingThePath()
    {
        var (exit, _, err) = Repo.Hedge("validate", Repo.Experiment("kazakhstan-baseline.yaml"), "--set", "shocks.sanction.hazard=0.1");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("--set").And.Contain("sanctions"));
    }

    [TestCase("run")]
    [TestCase("validate")]
    [TestCase("describe")]
    public void Help_EveryVerb_ExitsZeroWithUsage(string verb)
    {
        var (exit, output, _) = Repo.Hedge(verb, "--help");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("Usage"));
    }
}
