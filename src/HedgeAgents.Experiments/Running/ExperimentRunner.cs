using System.Text;
using HedgeAgents.Core.Collections;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Indicators;
using HedgeAgents.Core.Random;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Running;

/// <summary>Runs an experiment's replications in parallel and collects their output in replication order.</summary>
public static class ExperimentRunner
{
    /// <summary>Runs replication <paramref name="replication"/> of the experiment (point 0 of a plain run).</summary>
    public static ReplicationResult RunReplication(ExperimentConfig config, int replication, long point = 0) =>
        RunReplication(config, new CompiledScenario(config.ToRunSpec()), replication, point);

    private static ReplicationResult RunReplication(ExperimentConfig config, CompiledScenario scenario, int replication, long point)
    {
        var spec = scenario.Spec;
        var seed = SeedDerivation.RunSeed(config.Seed, point, replication);
        var model = scenario.Initial;
        var rows = new StringBuilder();
        var engagementRows = new StringBuilder();
        string Period(int r) => PeriodCalendar.Label(config.Period, config.Start, r);
        var rounds = new RoundsTable(rows, replication, Period);
        var engagement = new EngagementTable(engagementRows, replication, Period);
        var summary = new SummaryObserver(model.Ids, [.. Enumerable.Range(0, model.ActorCount).Select(model.Chooses)],
            spec.Rounds, spec.BurnIn);
        new Simulation(scenario, seed).Run(new Fanout(rounds, engagement, summary));
        return new ReplicationResult(replication, seed, rows.ToString(), engagementRows.ToString(), summary.Summaries().ToValueArray());
    }

    /// <summary>Runs every replication with up to <paramref name="threads"/> workers; results come back in replication order.</summary>
    public static IReadOnlyList<ReplicationResult> Run(ExperimentConfig config, int threads, Action<int>? progress = null)
    {
        var results = new ReplicationResult[config.Replications];
        var scenario = new CompiledScenario(config.ToRunSpec());
        var done = 0;
        Parallel.For(0, config.Replications, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, r =>
        {
            results[r] = RunReplication(config, scenario, r, 0);
            progress?.Invoke(Interlocked.Increment(ref done));
        });
        return results;
    }

    private sealed class Fanout(params IRoundObserver[] observers) : IRoundObserver
    {
        public void OnRound(RoundView view)
        {
            foreach (var o in observers) o.OnRound(view);
        }
    }
}
