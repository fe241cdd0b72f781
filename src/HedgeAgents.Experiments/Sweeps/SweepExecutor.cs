using System.Text;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Indicators;
using HedgeAgents.Experiments.Sweeps.Output;

namespace HedgeAgents.Experiments.Sweeps;

/// <summary>Runs a range of a sweep's runs on worker threads, chunk by chunk: every chunk's rows are assembled in
/// run order and handed to one writer, so output does not depend on the thread count or on which run ends first,
/// and memory holds one chunk, not the sweep.</summary>
public static class SweepExecutor
{
    /// <summary>Runs [<paramref name="start"/>, <paramref name="end"/>) of the plan's global order in chunks that
    /// start at multiples of <paramref name="chunkSize"/>, skipping chunks <paramref name="isDone"/> says are
    /// written, and calls <paramref name="commit"/> with each finished chunk's rows in order.</summary>
    /// <returns>False when cancelled (the chunk in progress is dropped; committed chunks stay).</returns>
    public static bool Execute(SweepPlan plan, long start, long end, int threads, long chunkSize,
        Func<long, long, bool> isDone, Action<long, long, string> commit, Action<long>? runsDone, CancellationToken cancel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancel };
        for (var chunkStart = start; chunkStart < end;)
        {
            var chunkEnd = Math.Min(end, (chunkStart / chunkSize + 1) * chunkSize);
            if (!isDone(chunkStart, chunkEnd))
            {
                var rows = new string[chunkEnd - chunkStart];
                try
                {
                    Parallel.For(chunkStart, chunkEnd, options, () => new Worker(plan), (index, _, worker) =>
                    {
                        rows[index - chunkStart] = worker.Run(index);
                        runsDone?.Invoke(1);
                        return worker;
                    }, _ => { });
                }
                catch (OperationCanceledException)
                {
                    return false;
                }
                commit(chunkStart, chunkEnd, string.Concat(rows));
            }
            chunkStart = chunkEnd;
        }
        return !cancel.IsCancellationRequested;
    }

    /// <summary>One thread's scratch: the scenario of the point it last ran, compiled once for that point's replications.</summary>
    private sealed class Worker(SweepPlan plan)
    {
        private readonly double[] _values = new double[plan.Paths.Length];
        private readonly StringBuilder _sb = new();
        private readonly Experiments.Output.SummaryMetrics _metrics = Experiments.Output.SummaryMetrics.Of(plan.Config.Initial);
        private long _point = -1;
        private string _fields = "";
        private CompiledScenario? _scenario;
        private bool[]? _chooses;

        public string Run(long index)
        {
            var (point, replication) = plan.RunAt(index);
            if (point != _point)
            {
                plan.ValuesAt(point, _values);
                _fields = plan.FieldsAt(_values);
                _scenario = new CompiledScenario(plan.SpecAt(_values));
                _chooses = [.. Enumerable.Range(0, _scenario.Initial.ActorCount).Select(_scenario.Initial.Chooses)];
                _point = point;
            }
            var seed = plan.SeedOf(point, replication);
            var scenario = _scenario!;
            var summary = new SummaryObserver(scenario.Initial.Ids, _chooses!, scenario.Spec.Rounds, scenario.Spec.BurnIn);
            new Simulation(scenario, seed).Run(summary);
            _sb.Clear();
            RunsTable.Append(_sb, point, replication, seed, _fields, summary.Summaries(), _metrics);
            return _sb.ToString();
        }
    }
}
