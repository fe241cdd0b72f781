using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Routes;
using HedgeAgents.Core.Tests.Support;
using static HedgeAgents.Core.Tests.Support.RouteWorld;

namespace HedgeAgents.Core.Tests.Routes;

/// <summary>MODEL.md section 9 item 6 on the network itself: rerouting within spare capacity, deficits, N−1 resilience.</summary>
public class RouteNetworkTests
{
    private static (RouteNetwork Net, int Mid, int China, bool[] Closed, Func<string, int> Route) Compile(double? chinaDemand)
    {
        var m = new CompiledModel(RouteWorld.Build(chinaDemand));
        var net = m.Routes;
        return (net, m.Ids.IndexOf("MID"), m.Ids.IndexOf("CHN"), new bool[net.Count], id => net.Ids.IndexOf(id));
    }

    [TestCase(15.0, "altynkol", 0.0, 15.0)]                      // spare capacity on Dostyk covers the loss of Altynkol
    [TestCase(15.0, "dostyk", 0.0, Altynkol)]                     // Altynkol alone falls short
    [TestCase(15.0, "dostyk", 0.1, 15.0)]                         // N = 0.1 reserves 1.827 more: covered
    [TestCase(30.0, "dostyk", 0.05, Altynkol + 0.05 * Dostyk)]    // partly covered by redundancy
    [TestCase(30.0, null, 0.0, 30.0)]                             // nothing closed, demand below capacity
    [TestCase(40.0, null, 0.0, Dostyk + Altynkol)]                // demand above total capacity
    [TestCase(null, "both", 0.5, 0.5 * (Dostyk + Altynkol))]      // default demand = built capacity; both closed
    public void Deliverable_ClosuresAndRedundancy_MinOfDemandAndOpenPlusReserved(double? demand, string? closed, double redundancy, double expected)
    {
        // Given MID's routes toward CHN, a demand and some closures
        var (net, mid, china, shut, route) = Compile(demand);
        if (closed == "both") { shut[route("dostyk")] = true; shut[route("altynkol")] = true; }
        else if (closed is not null) shut[route(closed)] = true;
        var d = demand ?? Dostyk + Altynkol;

        // When deliverable flow and unmet share are computed
        var deliverable = net.Deliverable(mid, china, shut, redundancy);
        var unmet = net.UnmetShare(mid, china, shut, redundancy);

        // Then deliverable = min(D, Σ open c + N·Σ closed c) and unmet = deficit/D, within 1e-12
        Assert.That(deliverable, Is.EqualTo(expected).Within(1e-12));
        Assert.That(unmet, Is.EqualTo((d - expected) / d).Within(1e-12));
        if (expected >= d) Assert.That(unmet, Is.Zero, "a failure covered by spare capacity loses nothing");
    }

    [Test]
    public void UnmetShare_FailedArgument_SameAsMarkingTheRouteClosed()
    {
        // Given demand 30 toward CHN
        var (net, mid, china, shut, route) = Compile(30.0);

        // When Dostyk is failed through the argument, or marked closed
        var viaArgument = net.UnmetShare(mid, china, shut, 0.2, route("dostyk"));
        shut[route("dostyk")] = true;
        var viaFlag = net.UnmetShare(mid, china, shut, 0.2);

        // Then both give (30 − 13.79 − 0.2·18.27)/30
        Assert.That(viaArgument, Is.EqualTo((30 - Altynkol - 0.2 * Dostyk) / 30).Within(1e-12));
        Assert.That(viaFlag, Is.EqualTo(viaArgument));
    }

    [Test]
    public void UnmetShare_PartnerWithoutDemand_Zero()
    {
        // Given TUR, which no route serves
        var (net, mid, _, shut, _) = Compile(30.0);
        Array.Fill(shut, true);
        var m = new CompiledModel(RouteWorld.Build(30.0));

        // When everything is closed / Then nothing toward TUR is unmet (it has no route demand)
        Assert.That(net.UnmetShare(mid, m.Ids.IndexOf("TUR"), shut, 0.0), Is.Zero);
    }

    [TestCase(0.0)]
    [TestCase(0.5)]
    public void Resilience_FourBuiltRoutes_EqualsHandComputedWorstSingleFailure(double redundancy)
    {
        // Given default demand (= built capacity): CHN 32.06, EUR 5, RUS 20; total 57.06. Tacheng (capacity 0) is not built.
        var (net, mid, _, _, _) = Compile(null);
        const double total = Dostyk + Altynkol + Btk + Northern;

        // When N−1 resilience is computed
        var resilience = net.Resilience(mid, redundancy);

        // Then it is the worst of the four single failures, by hand:
        //   Dostyk fails:   min(32.06, 13.79 + N·18.27) + 5 + 20
        //   Altynkol fails: min(32.06, 18.27 + N·13.79) + 5 + 20
        //   BTK fails:      32.06 + N·5 + 20
        //   Northern fails: 32.06 + 5 + N·20
        double[] delivered =
        [
            Altynkol + redundancy * Dostyk + Btk + Northern,
            Dostyk + redundancy * Altynkol + Btk + Northern,
            Dostyk + Altynkol + redundancy * Btk + Northern,
            Dostyk + Altynkol + Btk + redundancy * Northern,
        ];
        Assert.That(resilience, Is.EqualTo(delivered.Min() / total).Within(1e-12));
        // N = 0: losing the Northern route is worst (37.06/57.06 ≈ 0.6495); N = 0.5: still Northern (47.06/57.06 ≈ 0.8248)
        Assert.That(resilience, Is.EqualTo(redundancy == 0 ? 37.06 / 57.06 : 47.06 / 57.06).Within(1e-12));
    }

    [TestCase(new[] { 0.5, 0.3, 0.2 }, 0.25, 0.625)]
    [TestCase(new[] { 0.25, 0.25, 0.25, 0.25 }, 0.0, 0.75)]
    [TestCase(new[] { 1.0 }, 0.4, 0.4)]
    [TestCase(new double[0], 0.0, 1.0)]
    public void ImplicitResilience_Weights_OneMinusUnmetShareTimesLargestShare(double[] weights, double redundancy, double expected)
    {
        // Given engagement weights over implicit routes and redundancy N
        // When the implicit N−1 resilience is computed / Then it is 1 − (1 − N)·max share
        Assert.That(RouteNetwork.ImplicitResilience(weights, redundancy), Is.EqualTo(expected).Within(1e-15));
    }
}
