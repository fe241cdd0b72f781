using HedgeAgents.Core.Insurance;
using HedgeAgents.Core.Shocks;

namespace HedgeAgents.Core.Engine;

/// <summary>Realizes exposures with the round's draws: an event happens when its uniform is below its hazard.</summary>
public ref struct RealizedSink : IExposureSink
{
    private readonly CompiledModel _m;
    private readonly int _a;
    private readonly RoundDraws _d;
    private readonly RunState _s;
    private readonly ReadOnlySpan<double> _w;
    private readonly Span<bool> _closed;
    private readonly Span<bool> _newImplicit;
    private readonly ShockLog? _log;
    private ShockLosses _loss;
    private double _gross, _transfer, _influence;

    /// <summary>Creates a sink for actor <paramref name="a"/> with weights <paramref name="w"/>.</summary>
    /// <param name="closed">Scratch (route count) that receives which of the actor's routes are closed this round.</param>
    /// <param name="newImplicit">Scratch (counterparty count) that receives which implicit routes newly closed.</param>
    /// <param name="log">Where fired events are written, or null for a counterfactual.</param>
    public RealizedSink(CompiledModel m, int a, RoundDraws d, RunState s, ReadOnlySpan<double> w,
        Span<bool> closed, Span<bool> newImplicit, ShockLog? log)
    {
        _m = m;
        _a = a;
        _d = d;
        _s = s;
        _w = w;
        _closed = closed;
        _newImplicit = newImplicit;
        _log = log;
        _loss = default;
        _gross = _transfer = _influence = 0;
    }

    /// <inheritdoc />
    public void Engagement(int k, double value, double sigma) => _gross += value * (1 + sigma * _d.Epsilon[_a][k]);

    /// <inheritdoc />
    public void Certain(int slot, double loss) => _loss[slot] += loss;

    /// <inheritdoc />
    public void Event(int slot, int k, double probability, double loss, int source)
    {
        if (_d.Uniforms[slot][_a][k] >= probability) return;
        _loss[slot] += loss;
        _log?.Add(_m.ShockKinds[slot], _a, source, -1);
    }

    /// <inheritdoc />
    public void ImplicitRoute(int k, double probability, double loss, int source)
    {
        var ongoing = _s.ImplicitClosed[_a][k] > 0;
        var fresh = !ongoing && _d.Implicit[_a][k] < probability;
        _newImplicit[k] = fresh;
        if (!ongoing && !fresh) return;
        _loss[DisruptionKind.Slot] += loss;
        if (fresh) _log?.Add(ShockKind.Disruption, _a, source, -1);
    }

    /// <inheritdoc />
    public void ConfiguredRoutes(ReadOnlySpan<double> hazard)
    {
        var routes = _m.Routes;
        foreach (var r in routes.RoutesOf[_a])
        {
            var ongoing = _s.RouteClosed[r] > 0;
            var fresh = !ongoing && _d.Routes[r] < hazard[r] && routes.Capacity[r] > 0;
            _closed[r] = ongoing || fresh;
            if (fresh) _log?.Add(ShockKind.Disruption, _a, routes.Controller[r], r);
        }
        var red = _s.Stocks[_a][(int)InsuranceStock.Redundancy];
        var cp = _m.Counterparties[_a];
        var o = _m.Openness[_a];
        for (var k = 0; k < cp.Length; k++)
        {
            var unmet = routes.UnmetShare(_a, cp[k], _closed, red);
            if (unmet > 0) _loss[DisruptionKind.Slot] += o * _m.Shocks.Disruption.Severity * unmet * _w[k] * _m.Returns[_a][k];
        }
    }

    /// <inheritdoc />
    public void Transfer(double amount) => _transfer += amount;

    /// <inheritdoc />
    public void Influence(double amount) => _influence += amount;

    /// <summary>The payoff parts for insurance rate h and reputation rate.</summary>
    public readonly PayoffParts Result(double insuranceRate, double reputationRate) => new(
        _gross + _influence, _loss,
        insuranceRate * _gross, reputationRate * _gross, _transfer);
}
