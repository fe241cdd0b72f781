using HedgeAgents.Core.Actions;
using HedgeAgents.Core.Engine;

namespace HedgeAgents.Core.Shocks;

/// <summary>What a shock kind's mechanism sees: the model, the actor and its action, one counterparty position,
/// the weights, the actor's insurance stocks and everyone's actions. Built once per enumeration; nothing allocated.</summary>
public ref struct ShockContext
{
    /// <summary>Creates a context for actor <paramref name="actor"/> playing <paramref name="action"/>.</summary>
    public ShockContext(CompiledModel model, int actor, ModelAction action, ReadOnlySpan<double> weights,
        ReadOnlySpan<double> stocks, ReadOnlySpan<int> actions)
    {
        Model = model;
        Actor = actor;
        Action = action;
        Weights = weights;
        Stocks = stocks;
        Actions = actions;
    }

    /// <summary>The model.</summary>
    public CompiledModel Model { get; }

    /// <summary>The actor exposed.</summary>
    public int Actor { get; }

    /// <summary>The actor's action (possibly counterfactual).</summary>
    public ModelAction Action { get; }

    /// <summary>The actor's weights (equal shares in the hedger's linearisation).</summary>
    public ReadOnlySpan<double> Weights { get; }

    /// <summary>The actor's insurance stocks (I, P, N).</summary>
    public ReadOnlySpan<double> Stocks { get; }

    /// <summary>Everyone's action indices.</summary>
    public ReadOnlySpan<int> Actions { get; }

    /// <summary>The counterparty position k.</summary>
    public int Position { get; set; }

    /// <summary>The counterparty b at position k.</summary>
    public int Counterparty { get; set; }

    /// <summary>The slot of the kind being asked.</summary>
    public int Slot { get; set; }

    /// <summary>Openness · R: the value of full engagement with the counterparty.</summary>
    public readonly double Unit => Model.Openness[Actor] * Model.Returns[Actor][Position];

    /// <summary>Openness · w · R: the value engaged with the counterparty.</summary>
    public readonly double Value => Model.Openness[Actor] * Weights[Position] * Model.Returns[Actor][Position];

    /// <summary>min(1, scale · hazard · by[b]): the kind's probability of an event from the counterparty.</summary>
    public readonly double Hazard =>
        Math.Min(1.0, Model.Shocks.Scale * Model.ShockHazard[Slot] * Model.ShockBy[Slot][Counterparty]);
}
