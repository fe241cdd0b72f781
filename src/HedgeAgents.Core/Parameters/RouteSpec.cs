namespace HedgeAgents.Core.Parameters;

/// <summary>A transport route of a (landlocked) actor toward a counterparty it serves.</summary>
/// <param name="Id">Unique route id, used in paths (<c>routes.dostyk.capacity</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="Actor">The actor whose flows use the route.</param>
/// <param name="Serves">The counterparty the route serves.</param>
/// <param name="Controller">The actor whose hostility raises the route's hazard (null: nobody).</param>
/// <param name="Capacity">Capacity per year in the route's unit (Mt); 0 means not built yet.</param>
/// <param name="Hazard">Multiplier on the disruption hazard of this route.</param>
/// <param name="Closed">Rounds the route is forced closed from when this value is set (a scenario closure).</param>
/// <param name="Outage">Probability per round that the route closes for a cause no player chooses (storm, breakdown, a
/// third party's attack), on top of the disruption hazard its controller's hostility drives; estimated from the record.</param>
public sealed record RouteSpec(
    string Id,
    string Name,
    string Actor,
    string Serves,
    string? Controller,
    double Capacity,
    double Hazard = 1.0,
    int Closed = 0,
    double Outage = 0.0);
