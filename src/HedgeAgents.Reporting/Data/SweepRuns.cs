namespace HedgeAgents.Reporting.Data;

/// <summary>One streaming pass over a sweep's runs.csv for one actor, handing each run to a callback: the file of a big
/// sweep is never held in memory.</summary>
internal static class SweepRuns
{
    /// <summary>One run of the actor; <c>Metrics</c> holds the extra metrics asked for, in their order.</summary>
    public readonly record struct Run(int Point, double[] Values, double[] Shares, double MeanPayoff, double Q05Payoff, double[] Metrics);

    /// <summary>Calls <paramref name="run"/> for each of the actor's rows; <paramref name="paths"/> gives the order of Values,
    /// <paramref name="metrics"/> the metric columns read into <c>Metrics</c>; a path of <paramref name="textAxes"/> is read
    /// as the index of its label in the order listed.</summary>
    public static void Read(string file, string actor, IReadOnlyList<string> paths, Action<Run> run, IReadOnlyList<string>? metrics = null,
        IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>>? textAxes = null)
    {
        var labels = paths.Select(p => SweepPoints.Labels(textAxes, p)).ToArray();
        var seen = false;
        var actors = new SortedSet<string>(StringComparer.Ordinal);
        int cActor = -1, cPoint = -1, cMean = -1, cQ05 = -1;
        int[] cValues = [], cShares = [], cMetrics = [];
        CsvStream.Read(file, (csv, f) =>
        {
            if (cActor < 0)
            {
                (cActor, cPoint, cMean, cQ05) = (csv.Column("actor"), csv.Column("point"), csv.Column("mean_payoff"), csv.Column("q05_payoff"));
                cValues = [.. paths.Select(csv.Column)];
                cShares = [.. Archetypes.Names.Select(a => csv.Column("share_" + a))];
                cMetrics = [.. (metrics ?? []).Select(csv.Column)];
            }
            if (f[cActor] != actor)
            {
                actors.Add(f[cActor]);
                return;
            }
            seen = true;
            run(new Run((int)csv.Number(f, cPoint), [.. cValues.Select((c, i) => csv.Value(f, c, labels[i]))],
                [.. cShares.Select(c => csv.Number(f, c))], csv.Number(f, cMean), csv.Number(f, cQ05),
                [.. cMetrics.Select(c => csv.Number(f, c))]));
        });
        if (!seen) throw new FigureDataException(file, $"no rows for actor '{actor}'; actors: {string.Join(", ", actors)}");
    }
}
