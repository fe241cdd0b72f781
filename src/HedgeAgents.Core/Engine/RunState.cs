using HedgeAgents.Core.Insurance;

namespace HedgeAgents.Core.Engine;

/// <summary>The mutable state of one run: the action profile, weights, insurance stocks and route closures.</summary>
public sealed class RunState
{
    /// <summary>Allocates the state for a model's layout with the configured initial stocks.</summary>
    public RunState(CompiledModel m)
    {
        var a = m.ActorCount;
        Actions = new int[a];
        PreviousActions = new int[a];
        Weights = new double[a][];
        PreviousWeights = new double[a][];
        Stocks = new double[a][];
        ImplicitClosed = new int[a][];
        for (var i = 0; i < a; i++)
        {
            var n = m.Counterparties[i].Length;
            Weights[i] = new double[n];
            PreviousWeights[i] = new double[n];
            ImplicitClosed[i] = new int[n];
            var ins = m.Parameters.Insurance;
            Stocks[i] = [ins.Institutionalization, ins.Procedural, ins.Redundancy];
        }
        RouteClosed = new int[m.Routes.Count];
        InsuranceRate = new double[a];
        ReputationRate = new double[a];
    }

    /// <summary>This round's action index of each actor (−1 for partners).</summary>
    public int[] Actions { get; }

    /// <summary>Last round's actions (the profile learners respond to).</summary>
    public int[] PreviousActions { get; }

    /// <summary>This round's engagement weights.</summary>
    public double[][] Weights { get; }

    /// <summary>Last round's engagement weights.</summary>
    public double[][] PreviousWeights { get; }

    /// <summary>Insurance stocks (I, P, N) per actor.</summary>
    public double[][] Stocks { get; }

    /// <summary>Rounds each configured route stays closed (0: open).</summary>
    public int[] RouteClosed { get; }

    /// <summary>Rounds each implicit route stays closed.</summary>
    public int[][] ImplicitClosed { get; }

    /// <summary>This round's insurance rate per actor.</summary>
    public double[] InsuranceRate { get; }

    /// <summary>This round's reputation cost rate per actor.</summary>
    public double[] ReputationRate { get; }

    /// <summary>One insurance stock of an actor.</summary>
    public double Stock(int actor, InsuranceStock stock) => Stocks[actor][(int)stock];
}
