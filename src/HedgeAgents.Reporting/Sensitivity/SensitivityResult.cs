using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using HedgeAgents.Core.Sensitivity;
using HedgeAgents.Core.Sweeps;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Reporting.Sensitivity;

/// <summary>The sensitivity indices of one metric of one actor over a sweep's parameters: Sobol' S1 and ST, or Morris
/// μ, μ* and σ, each with bootstrap percentile intervals, computed from the per-point means of <see cref="PointOutputs"/>.</summary>
/// <param name="Sweep">The sweep analysed.</param>
/// <param name="Outputs">The per-point means the indices were computed from.</param>
/// <param name="Bootstrap">Resamples, confidence level and seed of the intervals.</param>
/// <param name="Sobol">The Sobol' analysis, for a sobol sweep.</param>
/// <param name="Morris">The Morris analysis, for a morris sweep.</param>
public sealed record SensitivityResult(SweepRecord Sweep, PointOutputs Outputs, BootstrapOptions Bootstrap, SobolAnalysis? Sobol, MorrisAnalysis? Morris)
{
    /// <summary>Reads the sweep and the metric and computes the indices.</summary>
    /// <exception cref="SensitivityInputException">Anything the folder, metric, actor or bootstrap settings make impossible.</exception>
    public static SensitivityResult Compute(string folder, string metric, string actor, int resamples, double level, ulong? seed)
    {
        var sweep = SweepRecord.Read(folder);
        var points = sweep.Create();
        var outputs = PointOutputs.Read(sweep, points, metric, actor);
        var bootstrap = new BootstrapOptions(resamples, level, seed ?? sweep.Seed);
        try
        {
            return points switch
            {
                SaltelliPoints s => new SensitivityResult(sweep, outputs, bootstrap, outputs.Noise is { } noise
                    ? SobolEstimator.Analyse(s.Layout, outputs.Means, bootstrap, noise)
                    : SobolEstimator.Analyse(s.Layout, outputs.Means, bootstrap), null),
                MorrisPoints m => new SensitivityResult(sweep, outputs, bootstrap, null, outputs.Noise is { } noise
                    ? MorrisEstimator.Analyse(m, outputs.Means, bootstrap, noise)
                    : MorrisEstimator.Analyse(m, outputs.Means, bootstrap)),
                _ => throw new SensitivityInputException(folder, $"the '{sweep.Design}' design has no sensitivity estimator"),
            };
        }
        catch (ArgumentException e)
        {
            // The estimators refuse with the reason: a metric constant over the design (V = 0), too few trajectories, …
            throw new SensitivityInputException(Path.Combine(folder, "runs.csv"),
                $"{metric} of {actor}: {(e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", ""))}");
        }
    }

    /// <summary><c>sobol</c> or <c>morris</c>.</summary>
    public string Design => Sweep.Design;

    /// <summary>The swept parameters, in column order.</summary>
    public IEnumerable<string> Parameters => Sweep.Axes.Select(a => a.Path);

    /// <summary>The CSV's columns.</summary>
    public string[] Columns => Sobol is not null
        ? ["parameter", "S1", "S1_low", "S1_high", "ST", "ST_low", "ST_high"]
        : ["parameter", "mu", "mu_star", "mu_star_low", "mu_star_high", "sigma"];

    /// <summary>One row per parameter: the numbers of <see cref="Columns"/> after the name.</summary>
    public IReadOnlyList<(string Parameter, double[] Values)> Rows()
    {
        var rows = new List<(string, double[])>();
        for (var i = 0; i < Sweep.Axes.Length; i++)
        {
            if (Sobol is { } s)
                rows.Add((Sweep.Axes[i].Path, [s.Indices.FirstOrder[i], s.FirstOrderIntervals[i].Low, s.FirstOrderIntervals[i].High,
                    s.Indices.Total[i], s.TotalIntervals[i].Low, s.TotalIntervals[i].High]));
            else
            {
                var m = Morris!;
                rows.Add((Sweep.Axes[i].Path, [m.Indices.Mu[i], m.Indices.MuStar[i], m.MuStarIntervals[i].Low, m.MuStarIntervals[i].High, m.Indices.Sigma[i]]));
            }
        }
        return rows;
    }

    /// <summary>The name of the last row, which holds the noise share rather than a parameter's indices.</summary>
    public const string NoiseRowName = "noise";

    /// <summary>The share of the variance of the per-point means that replication noise accounts for, with its interval;
    /// none with a single replication (nothing to estimate it from) or, for Morris, an output that never varies.</summary>
    public NoiseShare? Noise => Sobol is not null ? Sobol.Noise : Morris!.Noise;

    /// <summary>The noise row, in <see cref="Columns"/> after the name: the share and its interval in the columns of the
    /// design's ranking measure (ST, or μ*), every other column empty (NaN); all empty when there is no estimate.</summary>
    public double[] NoiseRow()
    {
        var row = Enumerable.Repeat(double.NaN, Columns.Length - 1).ToArray();
        if (Noise is { } n)
        {
            var at = Sobol is not null ? 3 : 1;
            (row[at], row[at + 1], row[at + 2]) = (n.Share, n.Interval.Low, n.Interval.High);
        }
        return row;
    }

    /// <summary>The CSV text: a header, one row per parameter in column order, then the noise row, numbers as runs.csv
    /// writes them (an empty field where there is no number).</summary>
    public string Csv()
    {
        var sb = new StringBuilder();
        HedgeAgents.Experiments.Output.Csv.Row(sb, Columns);
        foreach (var (parameter, values) in Rows().Append((NoiseRowName, NoiseRow())))
            HedgeAgents.Experiments.Output.Csv.Row(sb, [HedgeAgents.Experiments.Output.Csv.Text(parameter), .. values.Select(HedgeAgents.Experiments.Output.Csv.Number)]);
        return sb.ToString();
    }

    /// <summary>The noise share in words, for the table and the figure.</summary>
    public string NoiseText() => Noise is { } n
        ? $"noise share {n.Share.ToString("0.000", CultureInfo.InvariantCulture)} [{n.Interval.Low.ToString("0.000", CultureInfo.InvariantCulture)}, " +
          $"{n.Interval.High.ToString("0.000", CultureInfo.InvariantCulture)}]"
        : Outputs.Replications < 2 ? "noise share not estimable from 1 replication" : "noise share undefined (the output never varies)";

    /// <summary>One line saying what was computed from what.</summary>
    public string Description()
    {
        var level = Bootstrap.Level.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "");
        var design = Sobol is not null
            ? $"Sobol' indices (S1: Saltelli 2010, ST: Jansen 1999) over N = {Sweep.Samples} base samples"
            : $"Morris elementary effects over r = {Sweep.Samples} trajectories (p = {Sweep.Options.Levels} levels, Δ = {Sweep.Options.DeltaSteps}/{Sweep.Options.Levels - 1})";
        return $"{design}, {Sweep.Axes.Length} parameters, {Sweep.Points} points; output per point: the mean of {Outputs.Metric} of {Outputs.Actor} " +
               $"over its {Outputs.Replications} replication(s); {level} bootstrap percentile intervals, {Bootstrap.Resamples} resamples, seed {Bootstrap.Seed}";
    }

    /// <summary>A readable table for the terminal: one row per parameter, sorted as the file (column order), then the
    /// noise row and a line saying what it is.</summary>
    public string Table()
    {
        var rows = Rows();
        var width = Math.Max(9, rows.Max(r => r.Parameter.Length));
        static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        if (Sobol is not null)
        {
            sb.Append("parameter".PadRight(width)).Append("      S1  interval            ST  interval\n");
            foreach (var (p, v) in rows)
                sb.Append(p.PadRight(width)).Append(F(v[0]).PadLeft(8)).Append($"  [{F(v[1])}, {F(v[2])}]").Append(F(v[3]).PadLeft(8))
                  .Append($"  [{F(v[4])}, {F(v[5])}]\n");
            if (Noise is { } n)
                sb.Append(NoiseRowName.PadRight(width)).Append("".PadLeft(8)).Append("".PadRight(18)).Append(F(n.Share).PadLeft(8))
                  .Append($"  [{F(n.Interval.Low)}, {F(n.Interval.High)}]\n");
        }
        else
        {
            sb.Append("parameter".PadRight(width)).Append("        mu       mu*  interval                 sigma\n");
            foreach (var (p, v) in rows)
                sb.Append(p.PadRight(width)).Append(F(v[0]).PadLeft(10)).Append(F(v[1]).PadLeft(10)).Append($"  [{F(v[2])}, {F(v[3])}]".PadRight(24))
                  .Append(F(v[4]).PadLeft(8)).Append('\n');
            if (Noise is { } n)
                sb.Append(NoiseRowName.PadRight(width)).Append("".PadLeft(10)).Append(F(n.Share).PadLeft(10))
                  .Append($"  [{F(n.Interval.Low)}, {F(n.Interval.High)}]\n");
        }
        var what = Noise is null
            ? NoiseText()
            : "noise: the share of the variance of the point means that is replication noise (per point, its replications' variance / R, " +
              $"averaged over points, over that variance{(Sobol is not null ? "" : "; a share, not an effect")})";
        var group = Sobol is not null ? "base sample" : "trajectory";
        sb.Append($"{what}; runs that share a {group} share their seeds, so noise adds nothing to a parameter the model ignores\n");
        return sb.ToString();
    }
}
