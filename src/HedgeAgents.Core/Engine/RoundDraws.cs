using HedgeAgents.Core.Random;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Engine;

/// <summary>The round's common random numbers: one normal per relation, one uniform per potential event.</summary>
/// <remarks>Drawn in a fixed layout whatever the action profile, so counterfactual payoffs reuse them exactly and
/// a change in one actor's play never shifts another's draws. The environment stream gives the normals, the
/// built-in kinds' event uniforms in slot order (sanctions, coercion, abandonment), then the implicit and configured
/// route closures; declared kinds draw from a stream of their own, so declaring a kind shifts no built-in draw.</remarks>
public sealed class RoundDraws
{
    /// <summary>The stream index (beside the actors' 0…n−1 and the environment's −1) of the declared kinds' uniforms.</summary>
    public const int DeclaredKindsStream = -2;

    /// <summary>Allocates the buffers for a model's layout.</summary>
    public RoundDraws(CompiledModel m)
    {
        var a = m.ActorCount;
        Epsilon = Rows(m, a);
        Implicit = Rows(m, a);
        Uniforms = new double[m.ShockKinds.Length][][];
        for (var slot = 0; slot < Uniforms.Length; slot++)
            Uniforms[slot] = m.ShockKinds[slot].DrawsPerCounterparty ? Rows(m, a) : [];
        Routes = new double[m.Routes.Count];
    }

    /// <summary>Standard normal return noise per actor and counterparty.</summary>
    public double[][] Epsilon { get; }

    /// <summary>Uniforms for each kind's events, by kind slot, actor and counterparty position (empty rows for kinds
    /// that draw none).</summary>
    public double[][][] Uniforms { get; }

    /// <summary>Uniforms for implicit route closures.</summary>
    public double[][] Implicit { get; }

    /// <summary>Uniforms for configured route closures.</summary>
    public double[] Routes { get; }

    /// <summary>Fills every buffer in a fixed order: the built-ins' from the environment stream <paramref name="rng"/>,
    /// the declared kinds' from <paramref name="declared"/>.</summary>
    public void Draw(ref Xoshiro256StarStar rng, ref Xoshiro256StarStar declared)
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
        for (var slot = 0; slot < Math.Min(ShockCatalog.BuiltInCount, Uniforms.Length); slot++) Fill(Uniforms[slot], ref rng);
        Fill(Implicit, ref rng);
        for (var r = 0; r < Routes.Length; r++) Routes[r] = rng.NextDouble();
        for (var slot = ShockCatalog.BuiltInCount; slot < Uniforms.Length; slot++) Fill(Uniforms[slot], ref declared);
    }

    private static double[][] Rows(CompiledModel m, int a)
    {
        var rows = new double[a][];
        for (var i = 0; i < a; i++) rows[i] = new double[m.Counterparties[i].Length];
        return rows;
    }

    private static void Fill(double[][] rows, ref Xoshiro256StarStar rng)
    {
        foreach (var row in rows)
            for (var k = 0; k < row.Length; k++) row[k] = rng.NextDouble();
    }
}
