using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Engine;

/// <summary>The round's common random numbers: one normal per relation, one uniform per potential event.</summary>
/// <remarks>Drawn in a fixed layout whatever the action profile, so counterfactual payoffs reuse them exactly and
/// a change in one actor's play never shifts another's draws.</remarks>
public sealed class RoundDraws
{
    /// <summary>Allocates the buffers for a model's layout.</summary>
    public RoundDraws(CompiledModel m)
    {
        var a = m.ActorCount;
        Epsilon = new double[a][];
        Sanctions = new double[a][];
        Coercion = new double[a][];
        Abandonment = new double[a][];
        Implicit = new double[a][];
        for (var i = 0; i < a; i++)
        {
            var n = m.Counterparties[i].Length;
            Epsilon[i] = new double[n];
            Sanctions[i] = new double[n];
            Coercion[i] = new double[n];
            Abandonment[i] = new double[n];
            Implicit[i] = new double[n];
        }
        Routes = new double[m.Routes.Count];
    }

    /// <summary>Standard normal return noise per actor and counterparty.</summary>
    public double[][] Epsilon { get; }

    /// <summary>Uniforms for secondary-sanctions hits.</summary>
    public double[][] Sanctions { get; }

    /// <summary>Uniforms for coercion.</summary>
    public double[][] Coercion { get; }

    /// <summary>Uniforms for abandonment.</summary>
    public double[][] Abandonment { get; }

    /// <summary>Uniforms for implicit route closures.</summary>
    public double[][] Implicit { get; }

    /// <summary>Uniforms for configured route closures.</summary>
    public double[] Routes { get; }

    /// <summary>Fills every buffer from the environment stream in a fixed order.</summary>
    public void Draw(ref Xoshiro256StarStar rng)
    {
        foreach (var row in Epsilon)
        {
            for (var k = 0; k < row.Length; k += 2)
            {
                rng.NextNormalPair(out var z0, out var z1);
                row[k] = z0;
                if (k + 1 < row.Length) row[k + 1] = z1;
            }
        }
        Uniforms(Sanctions, ref rng);
        Uniforms(Coercion, ref rng);
        Uniforms(Abandonment, ref rng);
        Uniforms(Implicit, ref rng);
        for (var r = 0; r < Routes.Length; r++) Routes[r] = rng.NextDouble();
    }

    private static void Uniforms(double[][] rows, ref Xoshiro256StarStar rng)
    {
        foreach (var row in rows)
            for (var k = 0; k < row.Length; k++) row[k] = rng.NextDouble();
    }
}
