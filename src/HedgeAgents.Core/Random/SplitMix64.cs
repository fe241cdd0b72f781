namespace HedgeAgents.Core.Random;

/// <summary>SplitMix64 (Steele, Lea and Flood 2014): seeds xoshiro and mixes indices into seeds.</summary>
public static class SplitMix64
{
    /// <summary>Advances the state and returns the next output.</summary>
    public static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>The SplitMix64 finaliser: a bijective avalanche of 64 bits.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
