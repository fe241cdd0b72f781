using System.Text;
using HedgeAgents.Experiments.Output;
using MathNet.Numerics.Distributions;

namespace HedgeAgents.Experiments.Sweeps.Output;

/// <summary>points.csv of a sweep: one row per point × choosing actor, summarising that actor's metrics over the
/// point's replications (count, mean, sample s.d., Student-t 95% interval of the mean), read from runs.csv.</summary>
/// <remarks>A metric's empty fields (NaN; for <c>first_hedge_round</c>, a run that never hedged) are left out of its
/// statistics, and <c>M_n</c> counts the values that were used: every metric has it, so the header depends only on
/// the swept paths and the runs.csv's metric columns, and for <c>first_hedge_round</c> <c>M_n / replications</c> is the share of runs that hedged.
/// With n = 0 the mean is empty; with n &lt; 2 the s.d. and interval are empty.</remarks>
public static class PointsTable
{
    /// <summary>The statistics written for each metric, as column suffixes, in order.</summary>
    public static readonly string[] StatisticSuffixes = ["n", "mean", "sd", "ci95_low", "ci95_high"];

    /// <summary>The columns for the given swept paths and metric columns (a runs.csv's), in order.</summary>
    public static string[] Columns(IEnumerable<string> paths, IEnumerable<string> metrics) =>
    [
        "point", .. paths, "actor", "replications",
        .. metrics.SelectMany(m => StatisticSuffixes.Select(s => m + "_" + s)),
    ];

    /// <summary>Reads a runs.csv (rows of a point consecutive, points ascending) and writes its points.csv, holding
    /// one point's actors at a time.</summary>
    /// <param name="textParameters">The parameter columns that hold text (text axes), copied as they are; the others
    /// are numbers.</param>
    /// <exception cref="InvalidDataException">The input is not a runs.csv, a point's rows are not consecutive, or
    /// a point's parameter values differ between its rows.</exception>
    public static void Write(TextReader runsCsv, TextWriter pointsCsv, IReadOnlySet<string>? textParameters = null)
    {
        var reader = new CsvReader(runsCsv);
        var layout = RunsCsvLayout.Read(reader);
        pointsCsv.Write(string.Join(',', Columns(layout.Parameters, layout.Metrics).Select(Csv.Text)) + "\n");

        var isText = layout.Parameters.Select(p => textParameters?.Contains(p) == true).ToArray();
        var point = new PointAccumulator(isText, layout.Metrics.Length);
        var fields = new List<string>(layout.Columns.Length);
        var sb = new StringBuilder();
        while (reader.TryRead(fields))
        {
            if (fields.Count != layout.Columns.Length)
                throw new InvalidDataException($"line {reader.Line}: {fields.Count} fields; the header has {layout.Columns.Length}");
            var id = CsvFields.Integer(fields[RunsCsvLayout.Point], reader.Line, "point");
            if (!point.IsEmpty && id != point.Id)
            {
                if (id < point.Id)
                    throw new InvalidDataException($"line {reader.Line}: point {id} after point {point.Id}; " +
                        "runs.csv must be ordered by point");
                point.WriteTo(sb);
                pointsCsv.Write(sb);
                sb.Clear();
                point.Reset();
            }
            point.Add(id, fields, layout, reader.Line);
        }
        if (!point.IsEmpty)
        {
            point.WriteTo(sb);
            pointsCsv.Write(sb);
        }
    }

    /// <summary>The rows of one point so far: its parameter values and, per actor in order of first appearance,
    /// the replications seen and each metric's moments.</summary>
    private sealed class PointAccumulator(bool[] isText, int metricCount)
    {
        private readonly double[] _parameters = new double[isText.Length];
        private readonly string[] _texts = new string[isText.Length];
        private readonly List<ActorAccumulator> _actors = [];
        private readonly Dictionary<string, ActorAccumulator> _byName = new(StringComparer.Ordinal);
        private readonly Dictionary<long, double> _tQuantiles = [];

        public long Id { get; private set; }

        public bool IsEmpty => _actors.Count == 0;

        public void Reset()
        {
            _actors.Clear();
            _byName.Clear();
        }

        public void Add(long id, List<string> fields, RunsCsvLayout layout, long line)
        {
            var first = IsEmpty;
            Id = id;
            for (var p = 0; p < _parameters.Length; p++)
            {
                var column = RunsCsvLayout.FirstParameter + p;
                if (isText[p])
                {
                    if (first) _texts[p] = fields[column];
                    else if (fields[column] != _texts[p])
                        throw new InvalidDataException($"line {line}, column {layout.Columns[column]}: point {id} has " +
                            $"'{fields[column]}' here and '{_texts[p]}' on its first row");
                    continue;
                }
                var value = CsvFields.Number(fields[column], line, layout.Columns[column]);
                if (first) _parameters[p] = value;
                else if (!value.Equals(_parameters[p]))
                    throw new InvalidDataException($"line {line}, column {layout.Columns[column]}: point {id} has " +
                        $"{Csv.Number(value)} here and {Csv.Number(_parameters[p])} on its first row");
            }
            var name = fields[layout.Actor];
            if (!_byName.TryGetValue(name, out var actor))
            {
                actor = new ActorAccumulator(name, metricCount);
                _byName.Add(name, actor);
                _actors.Add(actor);
            }
            actor.Replications++;
            for (var m = 0; m < metricCount; m++)
            {
                var column = layout.FirstMetric + m;
                var value = CsvFields.Number(fields[column], line, layout.Columns[column]);
                if (!double.IsNaN(value)) actor.Moments[m].Add(value);
            }
        }

        public void WriteTo(StringBuilder sb)
        {
            foreach (var actor in _actors)
            {
                sb.Append(Csv.Integer(Id));
                for (var p = 0; p < _parameters.Length; p++)
                    sb.Append(',').Append(isText[p] ? Csv.Text(_texts[p]) : Csv.Number(_parameters[p]));
                sb.Append(',').Append(Csv.Text(actor.Name)).Append(',').Append(Csv.Integer(actor.Replications));
                foreach (var moments in actor.Moments)
                {
                    var (n, mean, sd) = (moments.Count, moments.Mean, moments.SampleSd);
                    var half = n < 2 ? double.NaN : TQuantile(n - 1) * sd / Math.Sqrt(n);
                    sb.Append(',').Append(Csv.Integer(n))
                        .Append(',').Append(Csv.Number(mean))
                        .Append(',').Append(Csv.Number(sd))
                        .Append(',').Append(Csv.Number(mean - half))
                        .Append(',').Append(Csv.Number(mean + half));
                }
                sb.Append('\n');
            }
        }

        /// <summary>t_{0.975, df}, cached: a sweep has few distinct replication counts, and the inverse CDF is
        /// found by iteration.</summary>
        private double TQuantile(long degreesOfFreedom)
        {
            if (!_tQuantiles.TryGetValue(degreesOfFreedom, out var t))
            {
                t = StudentT.InvCDF(0, 1, degreesOfFreedom, 0.975);
                _tQuantiles.Add(degreesOfFreedom, t);
            }
            return t;
        }
    }

    /// <summary>One actor's rows within a point.</summary>
    private sealed class ActorAccumulator(string name, int metricCount)
    {
        public string Name { get; } = name;
        public long Replications { get; set; }
        public RunningMoments[] Moments { get; } = new RunningMoments[metricCount];
    }
}
