using System.Collections.Immutable;
using HedgeAgents.Core.Parameters;

namespace HedgeAgents.Core.Tests.Support;

/// <summary>World.Build's MID with a configured transit network (figures from MODEL.md section 5; the Northern figure is an assumption).</summary>
internal static class RouteWorld
{
    public const double Dostyk = 18.27, Altynkol = 13.79, Btk = 5.0, Northern = 20.0;

    /// <summary>Dostyk and Altynkol serve CHN, BTK serves EUR, the Northern route serves RUS, Tacheng (CHN) is not built.</summary>
    public static ImmutableArray<RouteSpec> Routes(string? closedRoute = null, int closedRounds = 0) =>
    [
        new("dostyk", "Dostyk–Alashankou", "MID", "CHN", "CHN", Dostyk, Closed: closedRoute == "dostyk" ? closedRounds : 0),
        new("altynkol", "Altynkol–Khorgos", "MID", "CHN", "CHN", Altynkol, Closed: closedRoute == "altynkol" ? closedRounds : 0),
        new("tacheng", "Ayagoz–Tacheng", "MID", "CHN", "CHN", 0.0),
        new("btk", "Baku–Tbilisi–Kars", "MID", "EUR", null, Btk, Closed: closedRoute == "btk" ? closedRounds : 0),
        new("northern", "Northern route", "MID", "RUS", "RUS", Northern, Closed: closedRoute == "northern" ? closedRounds : 0),
    ];

    /// <summary>A calm world (all hazards 0 unless given) with routes, optional CHN demand, disruption severity and initial N.</summary>
    public static ModelParameters Build(double? chinaDemand = null, string? closedRoute = null, int closedRounds = 0,
        double severity = 0.8, double redundancy = 0.0, string midAction = "equidistance", double disruptionHazard = 0.0)
    {
        var p = World.Build([0.3, 0.5, 0.4, 0.2, 0.1, 0.1], learning: World.Fixed(midAction));
        var none = ImmutableSortedDictionary<string, double>.Empty;
        return p with
        {
            Routes = Routes(closedRoute, closedRounds),
            Demand = chinaDemand is { } d ? [new DemandSpec("MID", "CHN", d)] : [],
            Insurance = p.Insurance with { Redundancy = redundancy },
            Shocks = new ShockParameters(
                new SanctionsShock(0.0, 0.5, none, [], []),
                new DisruptionShock(disruptionHazard, severity, none, 2, 0.25),
                new CoercionShock(0.0, 0.5, none, 1.0),
                new AbandonmentShock(0.0, 0.5, none)),
        };
    }
}
