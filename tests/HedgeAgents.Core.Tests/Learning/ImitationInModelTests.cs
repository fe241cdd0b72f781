using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Tests.Learning;

/// <summary>Imitation among several middle powers: peers are the other choosers with the same action set.</summary>
public class ImitationInModelTests
{
    private static ModelParameters TwoMiddlePowers(LearningSpec mid, LearningSpec peer, double sigma = 0.2, double hazard = 0.3, double rivalry = 0.6)
    {
        var p = World.Build([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], sigma: sigma, hazard: hazard, rivalry: rivalry, learning: mid);
        var twin = p.Actors.Single(a => a.Id == "MID") with { Id = "MID2", Name = "MID2", Learning = peer };
        return p with
        {
            Actors = [.. p.Actors, twin],
            Relations = [.. p.Relations, .. p.Relations.Where(r => r.From == "MID").Select(r => r with { From = "MID2" })],
        };
    }

    [Test]
    public void Imitation_PeersOnly_CopiesTheBetterPaidPeersHedging()
    {
        // Given a turbulent world (where hedging pays best) with two middle powers: MID imitating peers only, and
        // MID2 holding hedging
        var p = TwoMiddlePowers(World.Rule("imitation", ("models", "peers")), World.Fixed("hedging"));

        // When they play 200 rounds
        var run = World.Mid(World.Run(World.Spec(p, rounds: 200, burnIn: 50)));

        // Then MID has copied hedging: at least 90% of its rounds after burn-in
        Assert.That(run.ShareHedging, Is.GreaterThanOrEqualTo(0.9));
    }

    [Test]
    public void Imitation_CalmWorldPeerHoldsAWorseAction_CounterfactualSelvesLeadToEquidistance()
    {
        // Given a calm world (no shocks, no noise: equidistance pays best, MODEL.md property 3) with MID imitating
        // peers and counterfactual selves, and MID2 holding bandwagoning with Russia
        var p = TwoMiddlePowers(World.Rule("imitation"), World.Fixed("bandwagoning:RUS"), sigma: 0, hazard: 0, rivalry: 0);

        // When they play 200 rounds
        var run = World.Mid(World.Run(World.Spec(p, rounds: 200, burnIn: 50)));

        // Then MID does not follow its worse-paid peer: it settles on equidistance
        Assert.That(run.ShareEquidistance, Is.GreaterThanOrEqualTo(0.9));
    }
}
