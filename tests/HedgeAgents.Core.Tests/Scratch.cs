namespace HedgeAgents.Core.Tests;
[Explicit]
public class Scratch
{
    static string Fmt(Dictionary<string,double> s) => string.Join(", ", s.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key}={kv.Value:F4}"));
    static double Adv(Dictionary<string,double> s) => s["hedging"] - s.Where(kv => kv.Key != "hedging").Max(kv => kv.Value);
    [Test]
    public void Go()
    {
        var w = TestContext.Out;
        var p = World.Build([0.3, 0.6, 0.3, 0.3, 0.1, 0.1]);
        w.WriteLine("calm: " + Fmt(World.Scores(p)));
        var r = World.Mid(World.Run(World.Spec(p)));
        w.WriteLine($"  run bw {r.ShareBandwagoning} eq {r.ShareEquidistance}");
        foreach (var sg in new[]{0.0, 0.1, 0.2})
        {
            p = World.Build([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], sigma: sg);
            w.WriteLine($"similar σ={sg}: " + Fmt(World.Scores(p)));
            p = World.Build([0.3, 0.32, 0.29, 0.31, 0.28, 0.3], sigma: sg, rivalry: 0.3);
            w.WriteLine($"near-similar σ={sg}: " + Fmt(World.Scores(p)));
        }
        foreach (var hz in new[]{0.1, 0.2, 0.3, 0.4})
        {
            p = World.Build([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], sigma: 0.2, hazard: hz, rivalry: 0.6);
            var s = World.Scores(p);
            w.WriteLine($"turb hz={hz}: adv {Adv(s):F5} " + Fmt(s));
            r = World.Mid(World.Run(World.Spec(p)));
            w.WriteLine($"  run hedge {r.ShareHedging} eq {r.ShareEquidistance}");
        }
        foreach (var o in new[]{0.3, 0.5, 0.7, 0.9})
            w.WriteLine($"openness {o}: adv {Adv(World.Scores(World.Build([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], sigma: 0.2, hazard: 0.2, rivalry: 0.6, openness: o))):F5}");
        foreach (var c in new[]{0.2, 0.5, 0.8, 1.0})
            w.WriteLine($"capacity {c}: adv {Adv(World.Scores(World.Build([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], sigma: 0.2, hazard: 0.2, rivalry: 0.6, capacity: c))):F5}");
        foreach (var hz in new[]{0.1, 0.2, 0.3, 0.4})
            w.WriteLine($"hazard {hz}: adv {Adv(World.Scores(World.Build([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], sigma: 0.2, hazard: hz, rivalry: 0.6))):F5}");
    }
}
