using HedgeAgents.Core.Risk;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Engine;

/// <summary>Accumulates the certainty equivalent of an action's exposures (the best-response score).</summary>
/// <remarks>Route closures are treated as independent events, each with the loss its own closure adds to the
/// closures already in place; closures under way are sure losses.</remarks>
public ref struct ExpectedSink : IExposureSink
{
    private readonly CompiledModel _m;
    private readonly int _a;
    private readonly RunState _s;
    private readonly ReadOnlySpan<double> _w;
    private readonly double _redundancy;
    private readonly Span<bool> _closed;
    private CertaintyEquivalent _ce;
    private double _mean, _variance;

    /// <summary>Creates a sink for actor a with weights w, at redundancy N, with a scratch of route count.</summary>
    public ExpectedSink(CompiledModel m, int a, RunState s, ReadOnlySpan<double> w, double redundancy, Span<bool> closed)
    {
        _m = m;
        _a = a;
        _s = s;
        _w = w;
        _redundancy = redundancy;
        _closed = closed;
        _ce = new CertaintyEquivalent(m.RiskAversion[a]);
        _mean = _variance = 0;
    }

    /// <inheritdoc />
    public void Engagement(int k, double value, double sigma)
    {
        _mean += value;
        _variance += value * sigma * value * sigma;
    }

    /// <inheritdoc />
    public void Certain(int slot, double loss) => _ce.AddCertain(-loss);

    /// <inheritdoc />
    public void Event(int slot, int k, double probability, double loss, int source) => _ce.AddLoss(probability, loss);

    /// <inheritdoc />
    public void ImplicitRoute(int k, double probability, double loss, int source)
    {
        if (_s.ImplicitClosed[_a][k] > 0) _ce.AddCertain(-loss);
        else _ce.AddLoss(probability, loss);
    }

    /// <inheritdoc />
    public void ConfiguredRoutes(ReadOnlySpan<double> hazard)
    {
        var routes = _m.Routes;
        foreach (var r in routes.RoutesOf[_a]) _closed[r] = _s.RouteClosed[r] > 0;
        var cp = _m.Counterparties[_a];
        var scale = _m.Openness[_a] * _m.Shocks.Disruption.Severity;
        for (var k = 0; k < cp.Length; k++)
        {
            var unmet = routes.UnmetShare(_a, cp[k], _closed, _redundancy);
            if (unmet > 0) _ce.AddCertain(-scale * unmet * _w[k] * _m.Returns[_a][k]);
        }
        foreach (var r in routes.RoutesOf[_a])
        {
            if (_closed[r] || !(routes.Capacity[r] > 0)) continue;
            var k = routes.ServedPosition(r);
            if (k < 0) continue;
            var before = routes.UnmetShare(_a, cp[k], _closed, _redundancy);
            var after = routes.UnmetShare(_a, cp[k], _closed, _redundancy, r);
            _ce.AddLoss(hazard[r], scale * (after - before) * _w[k] * _m.Returns[_a][k]);
        }
    }

    /// <inheritdoc />
    public void Transfer(double amount) => _ce.AddCertain(amount);

    /// <inheritdoc />
    public void Influence(double amount) => _ce.AddCertain(amount);

    /// <summary>The certainty equivalent, with returns net of insurance and reputation rates.</summary>
    public readonly double Result(double insuranceRate, double reputationRate)
    {
        var f = 1.0 - insuranceRate - reputationRate;
        var ce = _ce;
        ce.AddNormal(f * _mean, f * f * _variance);
        return ce.Value;
    }
}
