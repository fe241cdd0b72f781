namespace HedgeAgents.Core.Sweeps;

/// <summary>An experimental design: turns axes into an indexed list of points. Found by name in <see cref="SweepDesigns"/>.</summary>
public interface ISweepDesign
{
    /// <summary>The registry name, e.g. <c>grid</c>.</summary>
    string Name { get; }

    /// <summary>One line for help text.</summary>
    string Description { get; }

    /// <summary>Whether the design draws points from ranges (and reads <c>samples</c>) rather than listing combinations.</summary>
    bool IsSampled { get; }

    /// <summary>What <c>samples</c> counts in this design, for messages and the schema (empty for a design that is not sampled).</summary>
    string SamplesMeaning { get; }

    /// <summary>The sensitivity indices the design's points are laid out for, for messages (empty: none).</summary>
    string SensitivityIndices { get; }

    /// <summary>Every problem with the axes, samples and options, each a sentence naming the design and axis; empty when valid.</summary>
    IReadOnlyList<string> Check(IReadOnlyList<SweepAxis> axes, int samples, DesignOptions options);

    /// <summary>The design's points; the same arguments give the same points.</summary>
    /// <exception cref="ArgumentException">Check reports a problem (all problems are in the message).</exception>
    IDesignPoints Create(IReadOnlyList<SweepAxis> axes, int samples, ulong seed, DesignOptions options);
}
