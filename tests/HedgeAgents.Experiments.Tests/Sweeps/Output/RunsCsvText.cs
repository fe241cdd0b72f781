using System.Globalization;
using System.Text;
using HedgeAgents.Experiments.Output;
using HedgeAgents.Experiments.Sweeps.Output;

namespace HedgeAgents.Experiments.Tests.Sweeps.Output;

/// <summary>Builds runs.csv text for tests: the header RunsTable writes and rows of given values.</summary>
/// <param name="paths">The swept paths.</param>
/// <param name="counterparties">The ids with a weight column (whose values follow the fixed metrics in a row).</param>
internal sealed class RunsCsvText(string[] paths, string[] counterparties)
{
    private readonly StringBuilder _sb = new(RunsTable.Header(paths,
        SummaryMetrics.Of(counterparties, [.. counterparties.Select(_ => true)])));

    /// <summary>Fixed metrics only.</summary>
    public RunsCsvText(params string[] paths) : this(paths, []) { }

    /// <summary>The metrics in SummaryTable.MetricColumns order; NaN is written as an empty field.</summary>
    public static double[] Metrics(double shareBalancing = 0.25, double shareBandwagoning = 0.25,
        double shareEquidistance = 0.25, double shareHedging = 0.25, double meanPayoff = 1, double sdPayoff = 0.5,
        double q05Payoff = -1, double cvar05Payoff = -2, double meanLosses = 0.1, int switches = 3,
        int? firstHedgeRound = 7) =>
        [shareBalancing, shareBandwagoning, shareEquidistance, shareHedging, meanPayoff, sdPayoff, q05Payoff,
            cvar05Payoff, meanLosses, switches, firstHedgeRound ?? double.NaN];

    public RunsCsvText Row(long point, int replication, ulong seed, double[] parameters, string actor, double[] metrics)
    {
        var fields = new List<string>
        {
            Csv.Integer(point), Csv.Integer(replication), seed.ToString(CultureInfo.InvariantCulture),
        };
        fields.AddRange(parameters.Select(Csv.Number));
        fields.Add(Csv.Text(actor));
        fields.AddRange(metrics.Select(Csv.Number));
        Csv.Row(_sb, [.. fields]);
        return this;
    }

    public override string ToString() => _sb.ToString();
}
