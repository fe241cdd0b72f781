using BenchmarkDotNet.Attributes;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Random;

namespace HedgeAgents.Benchmarks;

/// <summary>Measures the time and the bytes allocated per round of a simulation that is already running (one operation is
/// one round). The figure is 0 B allocated per round: the Allocated column must read "-" (nothing) or 0 B.</summary>
/// <remarks><see cref="Round"/> plays rounds past the scenario's last event; <see cref="ScenarioRound"/> averages over all
/// 64 rounds of the scenario, so a round that applies an event shows up in its figure.</remarks>
[Config(typeof(ShortRunConfig))]
[MemoryDiagnoser]
public class RoundStepBenchmarks
{
    private const int RoundsPerInvoke = 32;

    // OperationsPerInvoke must be a constant: the setup checks it against the experiment file.
    private const int ScenarioRounds = 64;

    // Runs built before each iteration of ScenarioRound, one per invocation: about 0.1 s of rounds per iteration.
    private const int ScenariosPerIteration = 256;

    private readonly IRoundObserver _observer = new Ignore();
    private Baseline _baseline = null!;
    private Simulation _long = null!;
    private readonly Simulation[] _scenarios = new Simulation[ScenariosPerIteration];
    private int _next;
    private long _replication;

    /// <summary>Builds one long run of the baseline model, outside every measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _baseline = Baseline.Load();
        if (_baseline.Spec.Rounds != ScenarioRounds)
            throw new InvalidOperationException($"the baseline has {_baseline.Spec.Rounds} rounds; set ScenarioRounds to match");
        // So many rounds that the run cannot end during a session: no Simulation is ever built inside the measured
        // operation. From round 64 on, the parameters left by the scenario's last event stay in force.
        var spec = _baseline.Spec with { Rounds = int.MaxValue };
        _long = new Simulation(spec, SeedDerivation.RunSeed(_baseline.Config.Seed, 0, 0));
    }

    /// <summary>Plays the next 32 rounds of the long run; time and bytes are reported per round.</summary>
    [Benchmark(OperationsPerInvoke = RoundsPerInvoke)]
    public void Round()
    {
        for (var i = 0; i < RoundsPerInvoke; i++)
        {
            if (!_long.Step(_observer)) throw new InvalidOperationException("the long run ended");
        }
    }

    /// <summary>Fresh baseline runs for the coming iteration, so their construction stays out of <see cref="ScenarioRound"/>.</summary>
    [IterationSetup(Target = nameof(ScenarioRound))]
    public void NewScenarios()
    {
        for (var i = 0; i < _scenarios.Length; i++)
            _scenarios[i] = new Simulation(_baseline.Spec, SeedDerivation.RunSeed(_baseline.Config.Seed, 0, _replication++));
        _next = 0;
    }

    /// <summary>Plays the 64 rounds of the next fresh run, events included; time and bytes are reported per round.</summary>
    [Benchmark(OperationsPerInvoke = ScenarioRounds)]
    [InvocationCount(ScenariosPerIteration)]
    public void ScenarioRound()
    {
        var simulation = _scenarios[_next++];
        while (simulation.Step(_observer)) { }
    }

    // The model's own step is under test: the summary observer only writes into arrays sized by the run's length.
    private sealed class Ignore : IRoundObserver
    {
        public void OnRound(RoundView view) { }
    }
}
