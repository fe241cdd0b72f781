namespace HedgeAgents.Reporting.Data;

/// <summary>One actor's rounds.csv rows aggregated per round over replications, read in one streaming pass.</summary>
internal sealed class RoundSeries
{
    /// <summary>The loss columns in the order the figures draw them: the built-in shock kinds in slot order.</summary>
    public static readonly string[] LossColumns = [.. HedgeAgents.Core.Shocks.ShockCatalog.BuiltIn.Kinds.Select(k => "loss_" + k.Name)];

    /// <summary>The insurance columns: the three stocks, then diversification and N−1 resilience.</summary>
    public static readonly string[] InsuranceColumns = ["institutionalization", "procedural", "redundancy", "diversification", "resilience"];

    private readonly SortedDictionary<int, Round> _rounds = [];

    /// <summary>Rounds in order.</summary>
    public IReadOnlyList<Round> Rounds => [.. _rounds.Values];

    /// <summary>The aggregates of one round.</summary>
    public sealed class Round(int index, string period)
    {
        public int Index { get; } = index;

        public string Period { get; } = period;

        public int Replications { get; set; }

        public double[] ArchetypeCounts { get; } = new double[Archetypes.Names.Length];

        public List<double> Payoffs { get; } = [];

        public double[] LossSums { get; } = new double[LossColumns.Length];

        public double[] InsuranceSums { get; } = new double[InsuranceColumns.Length];

        public double Share(int archetype) => ArchetypeCounts[archetype] / Replications;

        public double MeanLoss(int i) => LossSums[i] / Replications;

        public double MeanInsurance(int i) => InsuranceSums[i] / Replications;
    }

    /// <summary>Reads an actor's rows of a rounds.csv; an actor with no rows is an error naming the actors present.</summary>
    public static RoundSeries Read(string file, string actor)
    {
        var series = new RoundSeries();
        var actors = new SortedSet<string>(StringComparer.Ordinal);
        int? cRound = null, cPeriod = null, cActor = null, cArch = null, cPay = null;
        int[] cLoss = [], cIns = [];
        CsvStream.Read(file, (csv, f) =>
        {
            if (cRound is null)
            {
                (cRound, cPeriod, cActor, cArch, cPay) = (csv.Column("round"), csv.Column("period"), csv.Column("actor"),
                    csv.Column("archetype"), csv.Column("payoff"));
                cLoss = [.. LossColumns.Select(csv.Column)];
                cIns = [.. InsuranceColumns.Select(csv.Column)];
            }
            if (f[cActor!.Value] != actor)
            {
                actors.Add(f[cActor.Value]);
                return;
            }
            var index = (int)csv.Number(f, cRound.Value);
            if (!series._rounds.TryGetValue(index, out var round)) series._rounds[index] = round = new Round(index, f[cPeriod!.Value]);
            round.Replications++;
            var archetype = Array.IndexOf(Archetypes.Names, f[cArch!.Value]);
            if (archetype >= 0) round.ArchetypeCounts[archetype]++;
            round.Payoffs.Add(csv.Number(f, cPay!.Value));
            for (var i = 0; i < cLoss.Length; i++) round.LossSums[i] += csv.Number(f, cLoss[i]);
            for (var i = 0; i < cIns.Length; i++) round.InsuranceSums[i] += csv.Number(f, cIns[i]);
        });
        if (series._rounds.Count == 0)
            throw new FigureDataException(file, $"no rows for actor '{actor}'; actors: {string.Join(", ", actors)}");
        return series;
    }
}
