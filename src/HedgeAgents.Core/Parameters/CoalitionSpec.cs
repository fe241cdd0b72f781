using HedgeAgents.Core.Collections;

namespace HedgeAgents.Core.Parameters;

/// <summary>A coalition of middle powers that bargains as a block against great-power coercion.</summary>
/// <remarks>Seed 001: "a unified regional transit block is far less susceptible to the 'divide and rule' tactics of
/// great power competitors"; seed 000 (China track): the C5+China format "reduces asymmetry" and "strengthens
/// bargaining power". In the coercion loss power_g / (power_g + power_a) a member's power becomes
/// power_a + cohesion · Σ power of the other members (docs/model.md §7.4). Cohesion 0 is no coalition at all.
/// Membership is exogenous: the model does not ask whether the members would form or keep the coalition.</remarks>
/// <param name="Id">Unique coalition id, used in paths (<c>coalitions.C5.cohesion</c>).</param>
/// <param name="Members">The middle powers in the coalition (each in at most one coalition).</param>
/// <param name="Cohesion">c in [0, 1]: the share of the other members' power a member can count on against a coercer.</param>
public sealed record CoalitionSpec(string Id, ValueArray<string> Members, double Cohesion = 1.0);
