using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Insurance;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Engine;

/// <summary>A read-only window on the state after a round: the one object an observer sees (reused every round).</summary>
public sealed class RoundView
{
    internal RoundView(RunState state, PayoffParts[] parts, double[] diversification, double[] resilience, ShockLog shocks)
    {
        State = state;
        _parts = parts;
        _diversification = diversification;
        _resilience = resilience;
        Shocks = shocks;
        Model = null!;
    }

    private readonly PayoffParts[] _parts;
    private readonly double[] _diversification;
    private readonly double[] _resilience;

    /// <summary>The round just played (0-based).</summary>
    public int Round { get; internal set; }

    /// <summary>The label of the scenario event applied at the start of this round, or null.</summary>
    public string? EventLabel { get; internal set; }

    /// <summary>The parameters in force this round.</summary>
    public CompiledModel Model { get; internal set; }

    /// <summary>The state after the round (stocks already updated).</summary>
    internal RunState State { get; }

    /// <summary>The shocks that fired this round.</summary>
    public ShockLog Shocks { get; }

    /// <summary>Number of actors.</summary>
    public int ActorCount => Model.ActorCount;

    /// <summary>Whether an actor chose an action.</summary>
    public bool Chooses(int actor) => Model.Chooses(actor);

    /// <summary>The action index an actor played (−1 for partners).</summary>
    public int ActionIndex(int actor) => State.Actions[actor];

    /// <summary>The action an actor played (partners: equidistance with no target).</summary>
    public ModelAction Action(int actor) =>
        State.Actions[actor] < 0 ? new ModelAction(Archetype.Equidistance, -1) : Model.Actions[actor][State.Actions[actor]];

    /// <summary>The action as text (<c>balancing:RUS</c>); <c>reciprocity</c> for partners.</summary>
    public string ActionLabel(int actor) =>
        State.Actions[actor] < 0 ? "reciprocity" : Model.ActionLabels[actor][State.Actions[actor]];

    /// <summary>The payoff parts of an actor.</summary>
    public PayoffParts Parts(int actor) => _parts[actor];

    /// <summary>The weights of an actor over its counterparties.</summary>
    public ReadOnlySpan<double> Weights(int actor) => State.Weights[actor];

    /// <summary>An insurance stock after this round's update.</summary>
    public double Stock(int actor, InsuranceStock stock) => State.Stocks[actor][(int)stock];

    /// <summary>1 − HHI of the actor's weights.</summary>
    public double Diversification(int actor) => _diversification[actor];

    /// <summary>N−1 resilience of the actor's routes.</summary>
    public double Resilience(int actor) => _resilience[actor];
}
