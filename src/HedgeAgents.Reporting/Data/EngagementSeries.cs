namespace HedgeAgents.Reporting.Data;

/// <summary>One actor's engagement.csv rows: per counterparty (in file order) and per round, the weight summed over
/// replications, read in one streaming pass.</summary>
internal sealed class EngagementSeries
{
    private readonly SortedDictionary<int, (string Period, int Replications)> _rounds = [];
    private readonly List<string> _counterparties = [];
    private readonly Dictionary<string, SortedDictionary<int, double>> _sums = new(StringComparer.Ordinal);

    /// <summary>The counterparties in the order the file first names them (the model's actor order).</summary>
    public IReadOnlyList<string> Counterparties => _counterparties;

    /// <summary>The round labels, in order.</summary>
    public IReadOnlyList<string> Periods => [.. _rounds.Values.Select(r => r.Period)];

    /// <summary>The mean weight on a counterparty per round, over replications.</summary>
    public IReadOnlyList<double> MeanWeights(string counterparty) =>
        [.. _rounds.Select(r => _sums[counterparty].GetValueOrDefault(r.Key) / r.Value.Replications)];

    /// <summary>Reads an actor's rows of an engagement.csv; an actor with no rows is an error naming the actors present.</summary>
    public static EngagementSeries Read(string file, string actor)
    {
        var series = new EngagementSeries();
        var actors = new SortedSet<string>(StringComparer.Ordinal);
        int cRound = -1, cPeriod = -1, cActor = -1, cReplication = -1, cCounterparty = -1, cWeight = -1;
        // A round's replications are counted once per (replication, round), not once per counterparty row.
        var seen = new HashSet<(int, int)>();
        CsvStream.Read(file, (csv, f) =>
        {
            if (cRound < 0)
                (cRound, cPeriod, cActor, cReplication, cCounterparty, cWeight) = (csv.Column("round"), csv.Column("period"),
                    csv.Column("actor"), csv.Column("replication"), csv.Column("counterparty"), csv.Column("weight"));
            if (f[cActor] != actor)
            {
                actors.Add(f[cActor]);
                return;
            }
            var round = (int)csv.Number(f, cRound);
            var replication = (int)csv.Number(f, cReplication);
            var counterparty = f[cCounterparty];
            if (!series._sums.TryGetValue(counterparty, out var sums))
            {
                series._sums[counterparty] = sums = [];
                series._counterparties.Add(counterparty);
            }
            if (seen.Add((replication, round)))
            {
                var (period, count) = series._rounds.GetValueOrDefault(round, (f[cPeriod], 0));
                series._rounds[round] = (period, count + 1);
            }
            sums[round] = sums.GetValueOrDefault(round) + csv.Number(f, cWeight);
        });
        if (series._rounds.Count == 0)
            throw new FigureDataException(file, $"no rows for actor '{actor}'; actors: {string.Join(", ", actors)}");
        return series;
    }
}
