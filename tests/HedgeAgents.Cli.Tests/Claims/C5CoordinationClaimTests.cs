using System.Globalization;

namespace HedgeAgents.Cli.Tests.Claims;

/// <summary>Claim 9 of issue 6 (seed 001: "a unified regional transit block is far less susceptible to the 'divide and
/// rule' tactics of great power competitors"; seed 000: C5 coordination). The experiment <c>09-c5-coordination.yaml</c>
/// run with the C5 at cohesion 0 (each state alone) and 1 (one block), at 10 replications instead of the committed
/// folders' 20, and swept at 10 replications a point instead of 100 (each test a few seconds in Debug). The two runs
/// share their seeds (common random numbers), so a state that keeps its strategy meets the same coercion events in
/// both and the difference in its coercion losses is the coalition's alone; the checks ask for margins well above
/// rounding.</summary>
public class C5CoordinationClaimTests : TempDirTest
{
    private const string Experiment = "09-c5-coordination.yaml";
    private const int BurnIn = 4;   // the file's
    private static readonly string[] States = ["KAZ", "UZB", "KGZ", "TJK", "TKM"];

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Per state after burn-in: mean coercion loss, mean payoff, and the share of rounds of each action.</summary>
    private Dictionary<string, (double Coercion, double Payoff, Dictionary<string, double> Actions)> Run(double cohesion)
    {
        var dir = Path.Combine(Dir, cohesion.ToString(CultureInfo.InvariantCulture));
        var (exit, _, err) = Repo.Hedge("run", Repo.Experiment(Experiment), "--replications", "10",
            "--set", $"coalitions.C5.cohesion={cohesion.ToString(CultureInfo.InvariantCulture)}", "--out", dir);
        Assert.That(exit, Is.EqualTo(0), err);
        var lines = File.ReadAllLines(Path.Combine(dir, "rounds.csv"));
        var header = Repo.CsvFields(lines[0]).ToList();
        int Col(string name) => header.IndexOf(name) is >= 0 and var i ? i : throw new AssertionException($"no column {name}");
        var rows = lines.Skip(1).Select(Repo.CsvFields).Where(f => int.Parse(f[Col("round")], CultureInfo.InvariantCulture) >= BurnIn).ToList();
        return States.ToDictionary(s => s, s =>
        {
            var mine = rows.Where(f => f[Col("actor")] == s).ToList();
            return (mine.Average(f => Num(f[Col("loss_coercion")])), mine.Average(f => Num(f[Col("payoff")])),
                mine.GroupBy(f => f[Col("action")]).ToDictionary(g => g.Key, g => (double)g.Count() / mine.Count));
        });
    }

    private static double Share(Dictionary<string, double> actions, string action) => actions.GetValueOrDefault(action);

    [Test]
    public void Run_FullCohesion_StatesThatKeepTheirLineLoseLessToCoercion_SmallStatesMoreThanKazakhstan()
    {
        // Given the five states alone (cohesion 0) and as one block (cohesion 1), same seeds
        // When both run
        var alone = Run(0);
        var bloc = Run(1);

        // Then Kazakhstan, Uzbekistan, Kyrgyzstan and Turkmenistan keep their actions (hedging; bandwagoning with China)
        // and each loses at least 1.5% less to coercion in the block
        var cut = new Dictionary<string, double>();
        foreach (var s in new[] { "KAZ", "UZB", "KGZ", "TKM" })
        {
            Assert.That(bloc[s].Actions, Is.EquivalentTo(alone[s].Actions), s);
            cut[s] = 1 - bloc[s].Coercion / alone[s].Coercion;
            Assert.That(cut[s], Is.GreaterThan(0.015), $"{s}: {alone[s].Coercion} alone, {bloc[s].Coercion} in the block");
        }
        Assert.That(Share(alone["KAZ"].Actions, "hedging"), Is.GreaterThan(0.95));

        // and the two small states with the least power of their own gain most: their relative cut is more than
        // 1.5 times Kazakhstan's, which brings most of the block's power and gets the least back
        Assert.That(cut["UZB"], Is.GreaterThan(1.5 * cut["KAZ"]), $"UZB {cut["UZB"]:P1}, KAZ {cut["KAZ"]:P1}");
        Assert.That(cut["KGZ"], Is.GreaterThan(1.5 * cut["KAZ"]), $"KGZ {cut["KGZ"]:P1}, KAZ {cut["KAZ"]:P1}");
    }

    [Test]
    public void Run_FullCohesion_TajikistanLeavesHedgingForBandwagoningWithRussiaAndItsCoercionLossesRise()
    {
        // Given the same two runs
        var alone = Run(0);
        var bloc = Run(1);

        // Then alone Tajikistan hedges, and in a fully cohesive block it bandwagons with Russia
        Assert.That(Share(alone["TJK"].Actions, "hedging"), Is.GreaterThan(0.9));
        Assert.That(Share(bloc["TJK"].Actions, "bandwagoning:RUS"), Is.GreaterThan(0.9));

        // and, leaning on Russia, it loses more to coercion than alone (by more than a third), though its mean
        // payoff is higher: the block's cover makes the Russian line pay, not the exposure smaller
        Assert.That(bloc["TJK"].Coercion, Is.GreaterThan(1.33 * alone["TJK"].Coercion), $"{alone["TJK"].Coercion} → {bloc["TJK"].Coercion}");
        Assert.That(bloc["TJK"].Payoff, Is.GreaterThan(alone["TJK"].Payoff));
    }

    [Test]
    public void Sweep_Cohesion_ArchetypesHoldExceptTajikistansAtFullCohesion()
    {
        // Given the sweep of C5 cohesion over 0, 0.1, ..., 1 at 10 replications a point
        var (exit, _, err) = Repo.Hedge("sweep", Repo.Experiment(Experiment), "--replications", "10", "--out", Dir, "--quiet");
        Assert.That(exit, Is.EqualTo(0), err);
        var lines = File.ReadAllLines(Path.Combine(Dir, "points.csv"));
        var header = Repo.CsvFields(lines[0]).ToList();
        int Col(string name) => header.IndexOf(name) is >= 0 and var i ? i : throw new AssertionException($"no column {name}");
        var points = lines.Skip(1).Select(Repo.CsvFields).ToList();
        double Mean(string actor, double cohesion, string archetype) => Num(points.Single(f =>
            f[Col("actor")] == actor && Num(f[Col("coalitions.C5.cohesion")]) == cohesion)[Col($"share_{archetype}_mean")]);
        var cohesions = points.Select(f => Num(f[Col("coalitions.C5.cohesion")])).Distinct().Order().ToList();
        Assert.That(cohesions, Has.Count.EqualTo(11));

        // When each state's archetype shares are read at every cohesion
        foreach (var c in cohesions)
        {
            // Then Kazakhstan hedges and Uzbekistan, Kyrgyzstan and Turkmenistan bandwagon at every cohesion
            Assert.That(Mean("KAZ", c, "hedging"), Is.GreaterThan(0.95), $"KAZ at {c}");
            foreach (var s in new[] { "UZB", "KGZ", "TKM" })
                Assert.That(Mean(s, c, "bandwagoning"), Is.GreaterThan(0.95), $"{s} at {c}");
            // and Tajikistan hedges up to 0.9 and bandwagons only at full cohesion: one archetype changes, at one end
            Assert.That(Mean("TJK", c, c < 1 ? "hedging" : "bandwagoning"), Is.GreaterThan(0.9), $"TJK at {c}");
        }
    }
}
