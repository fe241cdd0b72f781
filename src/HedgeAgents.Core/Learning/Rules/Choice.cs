using HedgeAgents.Core.Random;

namespace HedgeAgents.Core.Learning.Rules;

/// <summary>Choice helpers shared by the rules: argmax with stable tie-breaking, and logit (softmax) draws.</summary>
public static class Choice
{
    /// <summary>Relative tolerance under which two scores count as tied.</summary>
    public const double TieTolerance = 1e-12;

    /// <summary>The index of the highest value; ties go to <paramref name="preferred"/> if tied, else the lowest index.</summary>
    public static int ArgMax(ReadOnlySpan<double> values, int preferred = -1)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
            if (values[i] > values[best]) best = i;
        if (preferred >= 0 && preferred < values.Length && values[best] - values[preferred] <= TieTolerance * Math.Max(1.0, Math.Abs(values[best])))
            return preferred;
        for (var i = 0; i < values.Length; i++)
            if (values[best] - values[i] <= TieTolerance * Math.Max(1.0, Math.Abs(values[best]))) return i;
        return best;
    }

    /// <summary>Writes logit probabilities exp(v/τ)/Σ into <paramref name="probabilities"/>; τ = 0 puts all mass on the argmax.</summary>
    public static void Logit(ReadOnlySpan<double> values, double temperature, Span<double> probabilities, int preferred = -1)
    {
        if (!(temperature > 0))
        {
            probabilities.Clear();
            probabilities[ArgMax(values, preferred)] = 1.0;
            return;
        }
        var max = double.NegativeInfinity;
        foreach (var v in values) max = Math.Max(max, v);
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            probabilities[i] = Math.Exp((values[i] - max) / temperature);
            sum += probabilities[i];
        }
        for (var i = 0; i < values.Length; i++) probabilities[i] /= sum;
    }

    /// <summary>Draws from logit probabilities without allocating (stack buffer for small action sets).</summary>
    public static int DrawLogit(ReadOnlySpan<double> values, double temperature, ref Xoshiro256StarStar rng, int preferred = -1)
    {
        if (!(temperature > 0)) return ArgMax(values, preferred);
        Span<double> p = values.Length <= 64 ? stackalloc double[values.Length] : new double[values.Length];
        Logit(values, temperature, p, preferred);
        return rng.NextIndex(p);
    }
}
