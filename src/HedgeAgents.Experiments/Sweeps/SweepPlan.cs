using HedgeAgents.Core.Collections;
using System.Collections.Immutable;
using System.Globalization;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Core.Random;
using HedgeAgents.Core.Sweeps;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Sweeps;

/// <summary>A sweep laid out: the design's points, the replications of each, and the global order of runs
/// (point-major, replication-minor) that every thread count, shard and resume shares.</summary>
public sealed class SweepPlan
{
    private readonly IDesignPoints _points;

    /// <summary>Lays out the sweep of an experiment that has a <c>sweep:</c> section.</summary>
    public SweepPlan(ExperimentConfig config)
    {
        Config = config;
        Sweep = config.Sweep ?? throw new ArgumentException($"the experiment '{config.Name}' has no 'sweep:' section");
        var design = SweepDesigns.Registry.Get(Sweep.Design);
        _points = design.Create([.. Sweep.Parameters.Select(Axis)], Math.Max(1, Sweep.Samples),
            SeedDerivation.DesignSeed(config.Seed), Sweep.Options);
        Paths = [.. Sweep.Paths];
    }

    /// <summary>The experiment, with its replications and master seed.</summary>
    public ExperimentConfig Config { get; }

    /// <summary>The sweep section.</summary>
    public SweepSpec Sweep { get; }

    /// <summary>The swept paths, in column order.</summary>
    public ImmutableArray<string> Paths { get; }

    /// <summary>Number of design points.</summary>
    public long Points => _points.Count;

    /// <summary>Replications per point.</summary>
    public int Replications => Config.Replications;

    /// <summary>Number of runs: points × replications.</summary>
    public long Runs => checked(Points * Replications);

    /// <summary>The run at a position of the global order.</summary>
    public (long Point, int Replication) RunAt(long index) => (index / Replications, (int)(index % Replications));

    /// <summary>The seed of a run, hashed from (master seed, the point's seed group, replication): a grid's or Latin
    /// hypercube's point is its own group; a Saltelli base sample's A, B and AB points share one, as do a Morris
    /// trajectory's steps (common random numbers, see <see cref="IDesignPoints.SeedGroup"/>).</summary>
    public ulong SeedOf(long point, int replication) => SeedDerivation.RunSeed(Config.Seed, _points.SeedGroup(point), replication);

    /// <summary>How the runs' seeds are derived, in words, for the manifest: with it and the master seed, every run's
    /// seed can be worked out again.</summary>
    public string SeedRule => _points switch
    {
        // The words of sweeps made before seed groups existed, so grid and lhs manifests are unchanged.
        GridPoints or LatinHypercubePoints => "hash of (seed, point, replication); each row of runs.csv gives its own",
        SaltelliPoints s => $"hash of (seed, base sample, replication), base sample = floor(point / {s.Layout.PointsPerSample}): " +
                            "A, B and every AB point of a base sample share their seeds (common random numbers); each row of runs.csv gives its own",
        MorrisPoints m => $"hash of (seed, trajectory, replication), trajectory = floor(point / {m.PointsPerTrajectory}): " +
                          "the points of a trajectory share their seeds (common random numbers); each row of runs.csv gives its own",
        _ => throw new InvalidOperationException($"no seed rule for the points of the '{Sweep.Design}' design"),
    };

    /// <summary>Writes a point's parameter values, rounded to the 10 significant digits runs.csv shows, so the
    /// value a run used is exactly the value written beside it.</summary>
    public void ValuesAt(long point, Span<double> values)
    {
        _points.Fill(point, values);
        for (var i = 0; i < values.Length; i++)
            values[i] = double.Parse(Csv.Number(values[i]), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The run specification of a point: its values set on the initial parameters, as <c>--set</c> would
    /// (replacing any series of the same path), with the scenario's events and the other series applied on top.</summary>
    /// <remarks>A swept learning rule is set before the other values, as an event sets it: a new rule starts from
    /// its own default options, so set after them it would wipe a swept option (say the fixed action).</remarks>
    public RunSpec SpecAt(ReadOnlySpan<double> values)
    {
        var initial = Config.Initial;
        foreach (var rulesFirst in (bool[])[true, false])
        {
            for (var i = 0; i < Paths.Length; i++)
                if (ParameterPaths.IsRulePath(Paths[i]) == rulesFirst)
                    initial = ParameterPaths.Apply(initial, new ParameterAssignment(Paths[i], ValueAt(i, values[i])));
        }
        // A swept path replaces the series that would set it: the point's value holds from round 0.
        var series = Config.Series.Where(s => !Paths.Contains(s.Spec.Set)).ToValueArray();
        return (Config with { Initial = initial, Series = series }).ToRunSpec();
    }

    /// <summary>The value a point sets on parameter <paramref name="index"/>: a text axis's label read as <c>--set</c>
    /// reads a word, else the number.</summary>
    private ParameterValue ValueAt(int index, double value)
    {
        var p = Sweep.Parameters[index];
        return p.IsText ? ParameterValue.FromScalar(p.Labels[(int)value], plain: true) : ParameterValue.Parse(ValueText.Format(value));
    }

    /// <summary>A point's parameter fields of a runs.csv row, each followed by a comma: the numbers as
    /// <see cref="Csv.Number"/> writes them, a text axis's label as <see cref="Csv.Text"/> quotes it.</summary>
    public string FieldsAt(ReadOnlySpan<double> values)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++) sb.Append(Csv.Text(Sweep.Parameters[i].Field(values[i]))).Append(',');
        return sb.ToString();
    }

    /// <summary>The swept paths whose values are text, for the tables that type their columns.</summary>
    public IReadOnlySet<string> TextPaths => Sweep.Parameters.Where(p => p.IsText).Select(p => p.Path).ToHashSet(StringComparer.Ordinal);

    /// <summary>The swept paths that an event of the scenario also sets (the event's value wins from its round on).</summary>
    public IEnumerable<(string Path, string Period)> OverriddenByEvents() =>
        from e in Config.Events
        from a in e.Set
        where Paths.Contains(a.Path)
        select (a.Path, Config.Label(e.At));

    /// <summary>The design axis of a swept parameter.</summary>
    public static SweepAxis Axis(SweepParameter p) =>
        p.IsText ? SweepAxis.Text(p.Path, p.Labels)
        : p.IsList ? SweepAxis.List(p.Path, p.Values) : SweepAxis.Range(p.Path, p.Min, p.Max, p.Steps, p.Log);
}
