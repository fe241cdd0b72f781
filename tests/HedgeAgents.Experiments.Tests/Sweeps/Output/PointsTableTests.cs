using HedgeAgents.Experiments.Sweeps.Output;
using static HedgeAgents.Experiments.Tests.Sweeps.Output.RunsCsvText;

namespace HedgeAgents.Experiments.Tests.Sweeps.Output;

public class PointsTableTests
{
    private const string Hazard = "shocks.sanctions.hazard";

    private static string Points(string runsCsv)
    {
        var output = new StringWriter();
        PointsTable.Write(new StringReader(runsCsv), output);
        return output.ToString();
    }

    /// <summary>The rows of a points.csv as column → field.</summary>
    private static List<Dictionary<string, string>> Rows(string pointsCsv)
    {
        var reader = new CsvReader(new StringReader(pointsCsv));
        var header = new List<string>();
        reader.TryRead(header);
        var rows = new List<Dictionary<string, string>>();
        var fields = new List<string>();
        while (reader.TryRead(fields)) rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        return rows;
    }

    [Test]
    public void Write_OneParameter_FixedHeader()
    {
        // Given a runs.csv with one swept parameter and no rows / When summarised
        var points = Points(new RunsCsvText(Hazard).ToString());

        // Then the header is point, the parameter, actor, replications and five statistics per metric
        Assert.That(points, Is.EqualTo(
            "point,shocks.sanctions.hazard,actor,replications," +
            "share_balancing_n,share_balancing_mean,share_balancing_sd,share_balancing_ci95_low,share_balancing_ci95_high," +
            "share_bandwagoning_n,share_bandwagoning_mean,share_bandwagoning_sd,share_bandwagoning_ci95_low,share_bandwagoning_ci95_high," +
            "share_equidistance_n,share_equidistance_mean,share_equidistance_sd,share_equidistance_ci95_low,share_equidistance_ci95_high," +
            "share_hedging_n,share_hedging_mean,share_hedging_sd,share_hedging_ci95_low,share_hedging_ci95_high," +
            "mean_payoff_n,mean_payoff_mean,mean_payoff_sd,mean_payoff_ci95_low,mean_payoff_ci95_high," +
            "sd_payoff_n,sd_payoff_mean,sd_payoff_sd,sd_payoff_ci95_low,sd_payoff_ci95_high," +
            "q05_payoff_n,q05_payoff_mean,q05_payoff_sd,q05_payoff_ci95_low,q05_payoff_ci95_high," +
            "cvar05_payoff_n,cvar05_payoff_mean,cvar05_payoff_sd,cvar05_payoff_ci95_low,cvar05_payoff_ci95_high," +
            "mean_losses_n,mean_losses_mean,mean_losses_sd,mean_losses_ci95_low,mean_losses_ci95_high," +
            "switches_n,switches_mean,switches_sd,switches_ci95_low,switches_ci95_high," +
            "first_hedge_round_n,first_hedge_round_mean,first_hedge_round_sd,first_hedge_round_ci95_low,first_hedge_round_ci95_high\n"));
    }

    [Test]
    public void Write_ThreeReplications_KnownMeansSdsAndStudentIntervals()
    {
        // Given one point, one actor, three replications with payoffs 1, 2, 3 and first hedges at 7, never, 9
        var runs = new RunsCsvText(Hazard)
            .Row(0, 0, 11, [0.1], "malaysia", Metrics(meanPayoff: 1, firstHedgeRound: 7))
            .Row(0, 1, 12, [0.1], "malaysia", Metrics(meanPayoff: 2, firstHedgeRound: null))
            .Row(0, 2, 13, [0.1], "malaysia", Metrics(meanPayoff: 3, firstHedgeRound: 9));

        // When summarised
        var row = Rows(Points(runs.ToString())).Single();

        // Then mean ± t(0.975, 2)·sd/√3 with t = 4.302652730, and the never-hedged run is left out of
        // first_hedge_round (n = 2, t(0.975, 1) = 12.70620474); a constant metric has sd 0 and a zero-width interval
        Assert.Multiple(() =>
        {
            Assert.That(row["point"], Is.EqualTo("0"));
            Assert.That(row[Hazard], Is.EqualTo("0.1"));
            Assert.That(row["actor"], Is.EqualTo("malaysia"));
            Assert.That(row["replications"], Is.EqualTo("3"));
            Assert.That(row["mean_payoff_n"], Is.EqualTo("3"));
            Assert.That(row["mean_payoff_mean"], Is.EqualTo("2"));
            Assert.That(row["mean_payoff_sd"], Is.EqualTo("1"));
            Assert.That(row["mean_payoff_ci95_low"], Is.EqualTo("-0.4841377118"));
            Assert.That(row["mean_payoff_ci95_high"], Is.EqualTo("4.484137712"));
            Assert.That(row["first_hedge_round_n"], Is.EqualTo("2"));
            Assert.That(row["first_hedge_round_mean"], Is.EqualTo("8"));
            Assert.That(row["first_hedge_round_sd"], Is.EqualTo("1.414213562"));
            Assert.That(row["first_hedge_round_ci95_low"], Is.EqualTo("-4.706204736"));
            Assert.That(row["first_hedge_round_ci95_high"], Is.EqualTo("20.70620474"));
            Assert.That(row["share_hedging_mean"], Is.EqualTo("0.25"));
            Assert.That(row["share_hedging_sd"], Is.EqualTo("0"));
            Assert.That(row["share_hedging_ci95_low"], Is.EqualTo("0.25"));
            Assert.That(row["share_hedging_ci95_high"], Is.EqualTo("0.25"));
        });
    }

    [Test]
    public void Write_WeightColumns_SummarisedLikeTheOtherMetrics()
    {
        // Given a runs.csv with weight columns for CHN and EUR and two replications (weights on CHN 0.3 and 0.5)
        var runs = new RunsCsvText([Hazard], ["CHN", "EUR"])
            .Row(0, 0, 11, [0.1], "KAZ", [.. Metrics(), 0.3, 0.2])
            .Row(0, 1, 12, [0.1], "KAZ", [.. Metrics(), 0.5, 0.2]);

        // When summarised
        var output = Points(runs.ToString());
        var row = Rows(output).Single();

        // Then each weight column has n, mean, s.d. and a Student-t interval, after the fixed metrics' columns
        Assert.That(output.Split('\n')[0], Does.EndWith(",weight_CHN_n,weight_CHN_mean,weight_CHN_sd,weight_CHN_ci95_low,weight_CHN_ci95_high," +
            "weight_EUR_n,weight_EUR_mean,weight_EUR_sd,weight_EUR_ci95_low,weight_EUR_ci95_high"));
        Assert.That((row["weight_CHN_n"], row["weight_CHN_mean"], row["weight_CHN_sd"]), Is.EqualTo(("2", "0.4", "0.1414213562")));
        Assert.That((row["weight_EUR_mean"], row["weight_EUR_ci95_low"]), Is.EqualTo(("0.2", "0.2")));
    }

    [Test]
    public void Write_OneReplicationOrNoValues_EmptyStatistics()
    {
        // Given one replication of a run that never hedged
        var runs = new RunsCsvText(Hazard).Row(4, 0, 1, [0.5], "a", Metrics(meanPayoff: 2.5, firstHedgeRound: null));

        // When summarised
        var row = Rows(Points(runs.ToString())).Single();

        // Then with n = 1 only the mean is written, and with n = 0 nothing but the count
        Assert.Multiple(() =>
        {
            Assert.That(row["mean_payoff_n"], Is.EqualTo("1"));
            Assert.That(row["mean_payoff_mean"], Is.EqualTo("2.5"));
            Assert.That(row["mean_payoff_sd"], Is.Empty);
            Assert.That(row["mean_payoff_ci95_low"], Is.Empty);
            Assert.That(row["mean_payoff_ci95_high"], Is.Empty);
            Assert.That(row["first_hedge_round_n"], Is.EqualTo("0"));
            Assert.That(row["first_hedge_round_mean"], Is.Empty);
            Assert.That(row["first_hedge_round_sd"], Is.Empty);
        });
    }

    [Test]
    public void Write_TwoPointsTwoActors_RowPerPointAndActorInOrderOfAppearance()
    {
        // Given two points whose replications list actor "z" before actor "a"
        var runs = new RunsCsvText(Hazard, "learning.rate");
        foreach (var point in new[] { 0L, 3L })
        for (var rep = 0; rep < 2; rep++)
        {
            runs.Row(point, rep, (ulong)(10 * point + rep), [point * 0.1, 0.5], "z", Metrics(meanPayoff: point + rep));
            runs.Row(point, rep, (ulong)(10 * point + rep), [point * 0.1, 0.5], "a", Metrics(meanPayoff: -point - rep));
        }

        // When summarised
        var rows = Rows(Points(runs.ToString()));

        // Then one row per point × actor, points in order, actors as they first appear, parameters carried over
        Assert.That(rows.Select(r => (r["point"], r["actor"], r[Hazard], r["learning.rate"], r["replications"], r["mean_payoff_mean"])),
            Is.EqualTo(new[]
            {
                ("0", "z", "0", "0.5", "2", "0.5"), ("0", "a", "0", "0.5", "2", "-0.5"),
                ("3", "z", "0.3", "0.5", "2", "3.5"), ("3", "a", "0.3", "0.5", "2", "-3.5"),
            }));
    }

    [Test]
    public void Write_SameInputTwice_SameBytes()
    {
        // Given a runs.csv with awkward values
        var runs = new RunsCsvText(Hazard);
        for (var rep = 0; rep < 50; rep++)
            runs.Row(1, rep, (ulong)rep, [1e-3], "x", Metrics(meanPayoff: Math.Sin(rep) * 1e6, sdPayoff: 1.0 / (rep + 1)));

        // When summarised twice
        var first = Points(runs.ToString());
        var second = Points(runs.ToString());

        // Then the outputs are identical
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Write_PointRowsNotConsecutive_Throws()
    {
        // Given point 0's rows split by point 1's
        var runs = new RunsCsvText(Hazard)
            .Row(0, 0, 1, [0.1], "a", Metrics())
            .Row(1, 0, 2, [0.2], "a", Metrics())
            .Row(0, 1, 3, [0.1], "a", Metrics());

        // When summarised / Then it is refused, naming the line
        Assert.That(() => Points(runs.ToString()),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("line 4"));
    }

    [Test]
    public void Write_ParameterChangesWithinPoint_Throws()
    {
        // Given a point whose second row has another parameter value
        var runs = new RunsCsvText(Hazard)
            .Row(0, 0, 1, [0.1], "a", Metrics())
            .Row(0, 1, 2, [0.2], "a", Metrics());

        // When summarised / Then it is refused
        Assert.That(() => Points(runs.ToString()),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains(Hazard));
    }

    [TestCase("point,replication,seed,actor\n")]
    [TestCase("")]
    public void Write_NotARunsCsv_Throws(string text)
    {
        // Given a file that is not a runs.csv / When summarised / Then it is refused
        Assert.That(() => Points(text), Throws.InstanceOf<InvalidDataException>());
    }

    [Test]
    public void Write_WrongFieldCount_Throws()
    {
        // Given a row with a field missing
        var text = new RunsCsvText(Hazard).Row(0, 0, 1, [0.1], "a", Metrics()).ToString();
        text = text[..text.LastIndexOf(',')] + "\n";

        // When summarised / Then it is refused
        Assert.That(() => Points(text), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("fields"));
    }

    [Test]
    public void Write_TextParameter_CopiesTheLabelQuotedAsCsvAndRefusesAPointWithTwoLabels()
    {
        // Given a runs.csv whose first parameter is a text axis (labels, one with a comma) and the second a number
        const string action = "actors.KAZ.learning.action";
        var header = RunsTable.Header([action, Hazard], HedgeAgents.Experiments.Output.SummaryMetrics.Fixed);
        var metrics = string.Join(',', Metrics().Select(HedgeAgents.Experiments.Output.Csv.Number));
        var csv = header + $"0,0,1,hedging,0.1,KAZ,{metrics}\n0,1,2,hedging,0.1,KAZ,{metrics}\n1,0,3,\"a,b\",0.1,KAZ,{metrics}\n";

        // When points.csv is written with the action declared text
        var rows = Rows(Points(csv, action));

        // Then each point carries its label as written (the comma quoted again), the number as a number
        Assert.That(rows.Select(r => (r[action], r[Hazard], r["replications"])), Is.EqualTo(new[] { ("hedging", "0.1", "2"), ("a,b", "0.1", "1") }));
        var bad = header + $"0,0,1,hedging,0.1,KAZ,{metrics}\n0,1,2,equidistance,0.1,KAZ,{metrics}\n";
        Assert.That(() => Points(bad, action), Throws.TypeOf<InvalidDataException>().With.Message.Contains("'equidistance' here and 'hedging' on its first row"));
    }

    private static string Points(string runsCsv, string textParameter)
    {
        var output = new StringWriter();
        PointsTable.Write(new StringReader(runsCsv), output, new HashSet<string> { textParameter });
        return output.ToString();
    }
}
