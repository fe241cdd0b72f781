using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Engine;

/// <summary>A run specification compiled once: the model in force from round 0 and after each event. Compiled
/// models are read-only, so every run of a parameter point (and every thread) can share one scenario instead of
/// compiling its own.</summary>
public sealed class CompiledScenario
{
    /// <summary>Compiles the initial parameters and every event's parameters.</summary>
    public CompiledScenario(RunSpec spec)
    {
        Spec = spec;
        Models = [new CompiledModel(spec.Initial), .. spec.Events.Select(e => new CompiledModel(e.Parameters))];
    }

    /// <summary>The specification it was compiled from.</summary>
    public RunSpec Spec { get; }

    /// <summary>The model of round 0, then one per event in order.</summary>
    internal CompiledModel[] Models { get; }

    /// <summary>The model in force from round 0 (actor ids, kinds).</summary>
    public CompiledModel Initial => Models[0];
}
