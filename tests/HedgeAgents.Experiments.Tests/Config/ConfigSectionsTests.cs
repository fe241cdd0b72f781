using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Config.Sections;

namespace HedgeAgents.Experiments.Tests.Config;

/// <summary>Every declared section is read, described, settable by path, in the schema and in the reference: the tests
/// iterate <see cref="ConfigSections.All"/>, so a new section cannot be left out of any of them.</summary>
public class ConfigSectionsTests
{
    private static IEnumerable<string> Keys => ConfigSections.All.Select(s => s.Key);

    private static IEnumerable<string> ModelKeys => ConfigSections.Model.Select(s => s.Key);

    private static readonly Lazy<ExperimentConfig> Full = new(() => ExperimentLoader.Load(Path.Combine(RepoRoot(), "experiments", "09-c5-coordination.yaml")));

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HedgeAgents.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [Test]
    public void ConfigSections_Keys_AreUniqueAndEndWithTheEventsAndTheSeries()
    {
        // Given the declared sections
        var keys = Keys.ToList();

        // Then no key is declared twice, and the events and the series (which paths cannot name) come last
        Assert.That(keys, Is.Unique);
        Assert.That(ConfigSections.All[^2], Is.InstanceOf<EventsSection>());
        Assert.That(ConfigSections.All[^1], Is.InstanceOf<SeriesSection>());
        Assert.That(ConfigSections.Model, Has.None.InstanceOf<EventsSection>().And.None.InstanceOf<SeriesSection>());
    }

    [TestCaseSource(nameof(Keys))]
    public void Schema_EverySection_IsAPropertyOfTheFile(string key)
    {
        // Given the JSON Schema of an experiment file
        var schema = JsonNode.Parse(ExperimentSchema.Json())!;

        // Then the section is one of its top-level properties
        Assert.That(schema["properties"]![key], Is.Not.Null);
    }

    [TestCaseSource(nameof(Keys))]
    public void Reference_EverySection_HasAHeading(string key)
    {
        // Given the reference page
        var md = ConfigReference.Markdown();

        // Then the section has its heading
        Assert.That(md, Does.Contain($"\n## {key}\n"));
    }

    [TestCaseSource(nameof(Keys))]
    public void Reader_EverySection_IsAKnownKey(string key)
    {
        // Given a minimal file with the section present but empty
        var yaml = Experiments.Minimal.Contains($"\n{key}:", StringComparison.Ordinal) ? Experiments.Minimal : Experiments.Minimal + $"\n{key}:\n";

        // When it is loaded
        var config = ExperimentLoader.LoadFromText(yaml, "sections.yaml");

        // Then it loads (no unknown key)
        Assert.That(config.Name, Is.EqualTo("minimal"));
    }

    [TestCaseSource(nameof(ModelKeys))]
    public void Explain_EveryModelSection_IsDescribedAndItsPathsMatchTheSchemaAndApply(string key)
    {
        // Given a committed experiment that uses every section, and the schema's path patterns
        var config = Full.Value;
        var patterns = JsonNode.Parse(ExperimentSchema.Json())!["$defs"]!["set"]!["patternProperties"]!.AsObject()
            .Select(kv => new Regex(kv.Key)).ToList();

        // When the section's described paths are listed
        var lines = ParameterPaths.Explain(config.Initial).Where(l => l.Path.StartsWith(key + ".", StringComparison.Ordinal)).ToList();

        // Then there are some; each matches a schema pattern and setting it to its own value changes nothing
        Assert.That(lines, Is.Not.Empty, $"{key}: nothing described");
        var before = ParameterPaths.Describe(config.Initial);
        Assert.Multiple(() =>
        {
            foreach (var line in lines)
            {
                Assert.That(patterns.Any(p => p.IsMatch(line.Path)), Is.True, $"{line.Path}: no schema pattern");
                var value = line.Value.StartsWith('[')
                    ? ParameterValue.Of(line.Value.Trim('[', ']').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    : ParameterValue.FromScalar(line.Value, plain: true);
                var after = ParameterPaths.Describe(ParameterPaths.Apply(config.Initial, new ParameterAssignment(line.Path, value)));
                Assert.That(after, Is.EqualTo(before), line.Path);
            }
        });
    }
}
