using System.Collections.Immutable;
using HedgeAgents.Core.Collections;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Games;
using HedgeAgents.Core.Random;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Running;

/// <summary>The stage game of an experiment at a round of one of its replications, beside what its learners played.</summary>
public static class StageGameRunner
{
    /// <summary>A stage game and the profile the run's learners chose in that round.</summary>
    public sealed record Result(NormalFormGame Game, ValueArray<int> Played, int Round, string RoundLabel, int Replication, ulong Seed);

    /// <summary>Runs replication <paramref name="replication"/> of the experiment up to <paramref name="round"/> and builds its stage game.</summary>
    public static Result At(ExperimentConfig config, int round, int replication = 0, IReadOnlyCollection<string>? vary = null,
        StageStocks stocks = StageStocks.Current)
    {
        var spec = config.ToRunSpec();
        var seed = SeedDerivation.RunSeed(config.Seed, 0, replication);
        var (game, played) = new Simulation(spec, seed).StageGame(round, vary, stocks: stocks);
        var label = PeriodCalendar.Label(config.Period, config.Start, round);
        var named = game.WithName($"{config.Name}: stage game at {label} (round {round}, replication {replication}" +
            (stocks == StageStocks.Sustained ? ", sustained stocks)" : ")"));
        return new Result(named, played, round, label, replication, seed);
    }
}
