namespace HedgeAgents.Core.Shocks;

/// <summary>What a shock kind reports for one counterparty: at most one event and at most one sure loss.</summary>
public struct ShockExposure
{
    /// <summary>Whether there is an event.</summary>
    public bool HasEvent { get; private set; }

    /// <summary>The event's probability.</summary>
    public double Probability { get; private set; }

    /// <summary>The event's loss.</summary>
    public double Loss { get; private set; }

    /// <summary>The actor the event comes from.</summary>
    public int Source { get; private set; }

    /// <summary>Whether there is a sure loss.</summary>
    public bool HasCertain { get; private set; }

    /// <summary>The sure loss.</summary>
    public double Certain { get; private set; }

    /// <summary>Reports an event: <paramref name="loss"/> with probability <paramref name="probability"/>.</summary>
    public void Event(double probability, double loss, int source)
    {
        HasEvent = true;
        Probability = probability;
        Loss = loss;
        Source = source;
    }

    /// <summary>Reports a sure loss.</summary>
    public void Sure(double loss)
    {
        HasCertain = true;
        Certain = loss;
    }
}
