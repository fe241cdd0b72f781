using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Shocks;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Output;
using HedgeAgents.Experiments.Running;

namespace HedgeAgents.Experiments.Tests.Shocks;

/// <summary>A shock kind declared here, in the test project only: the declaration is all one writes, and the loader,
/// <c>describe</c>, the schema, the runner and the rounds table all know it.</summary>
public class DeclaredShockKindTests
{
    /// <summary>A throw-away kind: an embargo by a great power, lost with probability scale·hazard·by[g] at o·w·R·severity.</summary>
    private sealed class EmbargoKind : ShockKind
    {
        public override string Name => "embargo";

        public override string Words => "embargo";

        public override string Description => "an embargo by a great power";

        public override string HazardDoc => "base hazard per great power and round";

        public override double DefaultSeverity => 0.4;

        public override void Expose(in ShockContext c, ref ShockExposure exposure)
        {
            if (c.Model.Kinds[c.Counterparty] == ActorKind.Great) base.Expose(in c, ref exposure);
        }

        public override void Hedge(in ShockContext c, ref HedgeTerms terms)
        {
            if (c.Model.Kinds[c.Counterparty] == ActorKind.Great) base.Hedge(in c, ref terms);
        }
    }

    private static readonly ShockCatalog WithEmbargo = new([new EmbargoKind()]);

    private const string World = """
        name: embargo
        rounds: 40
        replications: 3
        seed: 7
        actors:
          - id: KAZ
            kind: middle
          - id: RUS
            kind: great
          - id: CHN
            kind: great
          - id: TUR
            kind: partner
        relations:
          - {from: KAZ, to: RUS}
          - {from: KAZ, to: CHN, volatility: 0.2}
          - {from: KAZ, to: TUR, returns: 0.3}
        shocks:
          coercion: {hazard: 0.05}
          abandonment: {hazard: 0.05}
        """;

    private const string Embargo = """

          embargo: {hazard: 0.3, severity: 0.25, by: {RUS: 2}}
        """;

    private string _dir = "";

    [SetUp]
    public void CreateDir() => _dir = Path.Combine(Path.GetTempPath(), "hedge-embargo-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void Clean()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public void Run_DeclaredKind_ItsLossColumnAndFiredShocksAreWritten()
    {
        // Given a file that sets the declared kind, loaded with a catalog that declares it
        var config = ExperimentLoader.LoadFromText(World + Embargo, "embargo.yaml", shocks: WithEmbargo);

        // When it runs and its results are written
        ResultWriter.Write(config, ExperimentRunner.Run(config, threads: 1), _dir, "test");
        var lines = File.ReadAllLines(Path.Combine(_dir, "rounds.csv"));
        var header = lines[0].Split(',');
        var column = Array.IndexOf(header, "loss_embargo");
        var kaz = lines.Skip(1).Select(l => l.Split(',')).Where(f => f[3] == "KAZ").ToList();

        // Then loss_embargo follows the built-ins' columns, KAZ loses to embargoes, and they are logged by source
        Assert.Multiple(() =>
        {
            Assert.That(column, Is.EqualTo(Array.IndexOf(header, "loss_abandonment") + 1));
            Assert.That(kaz.Count(f => double.Parse(f[column], System.Globalization.CultureInfo.InvariantCulture) > 0), Is.GreaterThan(10));
            Assert.That(kaz.Select(f => f[^1]), Has.Some.Contains("embargo:RUS"));
            Assert.That(kaz.Select(f => f[^1]), Has.None.Contains("embargo:TUR"), "the declared mechanism spares partners");
        });
    }

    [Test]
    public void Run_DeclaredKindAtZeroHazard_BuiltInDrawsAndLossesUnchanged()
    {
        // Given the same world loaded with and without the declared kind (left at its default hazard 0)
        var plain = ExperimentLoader.LoadFromText(World, "plain.yaml");
        var declared = ExperimentLoader.LoadFromText(World, "declared.yaml", shocks: WithEmbargo);

        // When both run
        var a = ExperimentRunner.Run(plain, threads: 1).Select(r => r.RoundsRows).ToList();
        var b = ExperimentRunner.Run(declared, threads: 1).Select(r => r.RoundsRows).ToList();

        // Then every row is the same but for the extra loss column (0): declaring a kind shifts no built-in draw
        var column = RoundsTable.ColumnsFor(WithEmbargo).ToList().IndexOf("loss_embargo");
        var without = b.Select(rows => string.Join("\n", rows.Split("\n").Select(l => Drop(l, column)))).ToList();
        Assert.That(without, Is.EqualTo(a));
    }

    [Test]
    public void Describe_DeclaredKind_ItsPathsAreListedAndSettable()
    {
        // Given the file loaded with the declared kind
        var config = ExperimentLoader.LoadFromText(World + Embargo, "embargo.yaml", shocks: WithEmbargo);

        // When it is described, and a path of the kind is set
        var lines = ParameterPaths.Explain(config).ToDictionary(l => l.Path);
        var set = ParameterPaths.Apply(config.Initial, new ParameterAssignment("shocks.embargo.by.CHN", ParameterValue.Parse("3")));

        // Then hazard, severity and by are paths with the declaration's words, and setting one changes only it
        Assert.Multiple(() =>
        {
            Assert.That(lines["shocks.embargo.hazard"].Value, Is.EqualTo("0.3"));
            Assert.That(lines["shocks.embargo.hazard"].Description, Is.EqualTo("base hazard per great power and round"));
            Assert.That(lines["shocks.embargo.severity"].Value, Is.EqualTo("0.25"));
            Assert.That(lines["shocks.embargo.by.RUS"].Value, Is.EqualTo("2"));
            Assert.That(WithEmbargo.Find("embargo")!.Of(set.Shocks).By, Is.EqualTo(new Dictionary<string, double> { ["CHN"] = 3, ["RUS"] = 2 }));
        });
    }

    [Test]
    public void Load_DeclaredKindDefaults_SeverityFromTheDeclaration()
    {
        // Given a file that does not mention the declared kind
        var config = ExperimentLoader.LoadFromText(World, "embargo.yaml", shocks: WithEmbargo);

        // When it is described
        var lines = ParameterPaths.Describe(config).ToDictionary(l => l.Path, l => l.Value);

        // Then the kind is there at its declared defaults
        Assert.That((lines["shocks.embargo.hazard"], lines["shocks.embargo.severity"]), Is.EqualTo(("0", "0.4")));
    }

    [Test]
    public void Load_KindNotInTheCatalog_RefusedAsAnUnknownKey()
    {
        // Given the file that sets the kind, loaded with the built-ins only
        // When it is loaded
        var e = Assert.Throws<ConfigException>(() => ExperimentLoader.LoadFromText(World + Embargo, "embargo.yaml"));

        // Then the kind's key is refused, naming the kinds there are
        Assert.That(e!.Message, Does.Contain("shocks.embargo").And.Contain("abandonment"));
    }

    [Test]
    public void Schema_DeclaredKind_HasItsKeysAndPaths()
    {
        // Given the schema generated for the catalog with the declared kind, and the built-in one
        var schema = ExperimentSchema.Json(WithEmbargo);
        var builtIn = ExperimentSchema.Json();

        // Then the kind's section, its description and its set/sweep paths are in the first only
        Assert.Multiple(() =>
        {
            Assert.That(schema, Does.Contain("an embargo by a great power"));
            Assert.That(schema, Does.Contain(@"""^shocks\\.embargo\\.hazard$"""));
            Assert.That(schema, Does.Contain("path shocks.embargo.by.<ID>"));
            Assert.That(schema, Does.Contain("the five shock kinds (sanctions, disruption, coercion, abandonment, embargo)"));
            Assert.That(builtIn, Does.Not.Contain("embargo"));
        });
    }

    private static string Drop(string csvLine, int column) =>
        csvLine.Length == 0 ? csvLine : string.Join(',', csvLine.Split(',').Where((_, i) => i != column));
}
