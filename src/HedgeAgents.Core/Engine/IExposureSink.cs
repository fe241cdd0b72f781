using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Engine;

/// <summary>Receives an actor's exposures one by one: realized (draws decide) or expected (certainty equivalent).</summary>
/// <remarks>One enumeration of exposures (<see cref="Exposure"/>) feeds both the payoff and the best-response score,
/// so what a learner expects and what it is paid cannot drift apart.</remarks>
public interface IExposureSink
{
    /// <summary>Engagement with counterparty position k worth <paramref name="value"/> (openness·w·R) with volatility σ.</summary>
    void Engagement(int k, double value, double sigma);

    /// <summary>A sure loss of the kind in <paramref name="slot"/>.</summary>
    void Certain(int slot, double loss);

    /// <summary>A potential event of the kind in <paramref name="slot"/> at counterparty position k: loss with probability p.</summary>
    void Event(int slot, int k, double probability, double loss, int source);

    /// <summary>The implicit route toward counterparty position k: closes with probability p, costing <paramref name="loss"/>.</summary>
    void ImplicitRoute(int k, double probability, double loss, int source);

    /// <summary>The actor's configured routes with their closure hazards (indexed by route).</summary>
    void ConfiguredRoutes(ReadOnlySpan<double> hazard);

    /// <summary>A side payment received (positive) or paid (negative).</summary>
    void Transfer(double amount);

    /// <summary>Influence earned by a great power.</summary>
    void Influence(double amount);
}
