using System.Collections.Immutable;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Indicators;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Tests;

/// <summary>Small worlds built in code for the model's tests: one middle power MID, great powers and partners.</summary>
internal static class World
{
    private static readonly ImmutableSortedDictionary<string, double> NoBy = ImmutableSortedDictionary<string, double>.Empty;

    public static ActorSpec Actor(string id, ActorKind kind, double openness = 0.6, double riskAversion = 2.0,
        double capacity = 0.8, bool landlocked = true, LearningSpec? learning = null, double power = 1.0) =>
        new(id, id, kind, power, openness, riskAversion, capacity, landlocked, 0.0, learning ?? LearningSpec.Default);

    public static LearningSpec Fixed(string action) =>
        new("fixed", ImmutableSortedDictionary<string, string>.Empty.Add("action", action));

    public static LearningSpec Rule(string rule, params (string Key, string Value)[] options) =>
        new(rule, options.Aggregate(ImmutableSortedDictionary<string, string>.Empty, (d, kv) => d.Add(kv.Key, kv.Value)));

    /// <summary>MID with relations to four great powers (returns r[i], volatility σ) and two partners;
    /// great powers are fixed at equidistance unless told otherwise.</summary>
    public static ModelParameters Build(double[] returns, double sigma = 0.0, double hazard = 0.0, double rivalry = 0.0,
        double openness = 0.6, double capacity = 0.8, double riskAversion = 2.0, LearningSpec? learning = null,
        bool partners = true, double abandonment = -1)
    {
        string[] gps = ["RUS", "CHN", "EUR", "USA"];
        var actors = new List<ActorSpec>
        {
            Actor("MID", ActorKind.Middle, openness, riskAversion, capacity, learning: learning),
        };
        actors.AddRange(gps.Select(g => Actor(g, ActorKind.Great, learning: Fixed("equidistance"), power: 5.0)));
        if (partners)
        {
            actors.Add(Actor("TUR", ActorKind.Partner));
            actors.Add(Actor("GLF", ActorKind.Partner));
        }
        var relations = new List<RelationSpec>();
        for (var i = 0; i < gps.Length; i++) relations.Add(new("MID", gps[i], returns[i], sigma));
        if (partners)
        {
            relations.Add(new("MID", "TUR", returns.Length > 4 ? returns[4] : 0.1, sigma));
            relations.Add(new("MID", "GLF", returns.Length > 5 ? returns[5] : 0.1, sigma));
        }
        foreach (var g in gps)
            foreach (var h in gps)
                if (g != h) relations.Add(new(g, h, 0.2, 0.0));
        var rivalries = ImmutableArray.Create(
            new RivalrySpec("RUS", "EUR", rivalry), new RivalrySpec("RUS", "USA", rivalry),
            new RivalrySpec("CHN", "USA", rivalry), new RivalrySpec("CHN", "EUR", rivalry * 0.5));
        var ab = abandonment < 0 ? hazard : abandonment;
        var shocks = new ShockParameters(
            new SanctionsShock(hazard, 0.5, NoBy, ["RUS"], []),
            new DisruptionShock(hazard, 1.0, NoBy, 2, 0.25),
            new CoercionShock(hazard, 0.5, NoBy, 1.0),
            new AbandonmentShock(ab, 0.5, NoBy));
        return new ModelParameters([.. actors], [.. relations], rivalries, [], StrategyParameters.Default,
            new InsuranceParameters(), shocks, [], []);
    }

    public static RunSpec Spec(ModelParameters p, int rounds = 200, int burnIn = 50) => new(p, rounds, burnIn, []);

    public static IReadOnlyList<RunSummary> Run(RunSpec spec, ulong seed = 7)
    {
        var m = new CompiledModel(spec.Initial);
        var summary = new SummaryObserver(m.Ids, [.. Enumerable.Range(0, m.ActorCount).Select(m.Chooses)], spec.Rounds, spec.BurnIn);
        new Simulation(spec, seed).Run(summary);
        return summary.Summaries();
    }

    public static RunSummary Mid(IReadOnlyList<RunSummary> s) => s.Single(x => x.Actor == "MID");

    /// <summary>Certainty equivalents of every action of MID at round 0 (against the all-equidistant profile).</summary>
    public static Dictionary<string, double> Scores(ModelParameters p)
    {
        var m = new CompiledModel(p);
        var state = new RunState(m);
        for (var i = 0; i < m.ActorCount; i++)
        {
            state.PreviousActions[i] = m.Chooses(i) ? Array.FindIndex(m.Actions[i].ToArray(), x => x.Archetype == Core.Actions.Archetype.Equidistance) : -1;
            if (state.PreviousWeights[i].Length > 0) Array.Fill(state.PreviousWeights[i], 1.0 / state.PreviousWeights[i].Length);
        }
        var scorer = new ActionScorer(m, state);
        scorer.Focus(m, 0, 0);
        return Enumerable.Range(0, m.Actions[0].Length).ToDictionary(x => m.ActionLabels[0][x], scorer.Score);
    }
}
