using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Indicators;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Benchmarks;

/// <summary>The model every benchmark measures: experiments/kazakhstan-baseline.yaml, loaded once per benchmark process.</summary>
internal sealed class Baseline
{
    private readonly string[] _ids;
    private readonly bool[] _chooses;

    private Baseline(ExperimentConfig config)
    {
        Config = config;
        Spec = config.ToRunSpec();
        Scenario = new CompiledScenario(Spec);
        var model = Scenario.Initial;
        _ids = [.. model.Ids];
        _chooses = [.. Enumerable.Range(0, model.ActorCount).Select(model.Chooses)];
    }

    public ExperimentConfig Config { get; }

    public RunSpec Spec { get; }

    /// <summary>The compiled scenario a sweep point's runs share (the sweep executor compiles one per point).</summary>
    public CompiledScenario Scenario { get; }

    // BenchmarkDotNet runs each benchmark from a project it generates under bin/, so neither the working directory nor
    // the binary's folder is the repository root: walk up from both until the solution file shows where it is.
    public static Baseline Load()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "HedgeAgents.sln")))
                    return new Baseline(ExperimentLoader.Load(Path.Combine(dir.FullName, "experiments", "kazakhstan-baseline.yaml")));
            }
        }
        throw new FileNotFoundException($"HedgeAgents.sln not found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}");
    }

    /// <summary>A fresh summary observer for one run, as the sweep executor attaches to each of its runs.</summary>
    public SummaryObserver NewSummary() => new(_ids, _chooses, Spec.Rounds, Spec.BurnIn);
}
