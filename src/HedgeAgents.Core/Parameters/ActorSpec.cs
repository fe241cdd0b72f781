namespace HedgeAgents.Core.Parameters;

/// <summary>One actor of the system (MODEL.md section 2).</summary>
/// <param name="Id">Short unique id used in paths and actions (e.g. <c>KAZ</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">Middle, great or partner.</param>
/// <param name="Power">Relative capability (&gt; 0); enters coercion as power_g / (power_g + power_a).</param>
/// <param name="Openness">Share of the economy exposed to external flows, in [0, 1]: scales returns and losses.</param>
/// <param name="RiskAversion">CARA coefficient a ≥ 0.</param>
/// <param name="RegulatoryCapacity">ρ in [0, 1]: how fast insurance spending turns into insurance.</param>
/// <param name="Landlocked">Landlocked actors bear the full disruption hazard; coastal ones a reduced share.</param>
/// <param name="Influence">Value to a great power of each unit of engagement weight a middle power directs to it.</param>
/// <param name="Learning">The learning rule and its options.</param>
public sealed record ActorSpec(
    string Id,
    string Name,
    ActorKind Kind,
    double Power,
    double Openness,
    double RiskAversion,
    double RegulatoryCapacity,
    bool Landlocked,
    double Influence,
    LearningSpec Learning)
{
    /// <summary>Whether this actor chooses an action each round.</summary>
    public bool Chooses => Kind != ActorKind.Partner;
}
