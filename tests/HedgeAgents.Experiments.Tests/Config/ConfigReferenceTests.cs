using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Tests.Config;

public class ConfigReferenceTests
{
    private static string DocsPath()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HedgeAgents.sln"))) dir = dir.Parent;
        Assert.That(dir, Is.Not.Null, "repository root not found");
        return Path.Combine(dir!.FullName, "docs", "config-reference.md");
    }

    [Test]
    public void ConfigReference_DocsFile_MatchesTheSchema()
    {
        // Given the reference generated from the schema tables
        var generated = ConfigReference.Markdown();
        var path = DocsPath();
        if (Environment.GetEnvironmentVariable("HEDGE_UPDATE_DOCS") == "1") File.WriteAllText(path, generated);

        // When the committed docs file is read
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");

        // Then it is up to date (regenerate with HEDGE_UPDATE_DOCS=1 dotnet test --filter ConfigReference)
        Assert.That(committed, Is.EqualTo(generated));
    }

    [Test]
    public void ConfigReference_EveryDescribedPath_IsDocumented()
    {
        // Given every path describe prints for a full experiment, with ids replaced by placeholders
        var config = ExperimentLoader.LoadFromText(Experiments.Eurasia, "eurasia.yaml");
        var generated = ConfigReference.Markdown();

        // When each is looked up in the reference
        var missing = ParameterPaths.Describe(config)
            .Select(l => Generalize(l.Path))
            .Where(p => !generated.Contains($"`{p}`", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        // Then none is missing
        Assert.That(missing, Is.Empty);
    }

    private static string Generalize(string path)
    {
        var s = path.Split('.');
        return s[0] switch
        {
            "actors" when s[2] == "learning" && s[3] != "rule" => "actors.<ID>.learning.<option>",
            "actors" => $"actors.<ID>.{string.Join('.', s[2..])}",
            "relations" => $"relations.<FROM>.<TO>.{s[3]}",
            "rivalries" => $"rivalries.<A>.<B>.{s[3]}",
            "threats" => $"threats.<FROM>.<TO>.{s[3]}",
            "routes" => $"routes.<ID>.{s[2]}",
            "demand" => $"demand.<ACTOR>.<PARTNER>.{s[3]}",
            "coalitions" => $"coalitions.<ID>.{s[2]}",
            "shocks" when s.Length > 2 && s[2] == "by" => $"shocks.<kind>.by.<ID>",
            _ => path,
        };
    }
}
